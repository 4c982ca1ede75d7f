import { Actor } from './authorization-matrix';
import { FuzzRandom } from './fuzz-random';
import {
  dateValue,
  hostileFloat,
  hostileId,
  hostileInt,
  hostileJson,
  hugeJson,
  hostileString,
  OUT_OF_RANGE_FLOATS,
  OUT_OF_RANGE_INTS,
  RawNumber,
  wrongTypeValue,
} from './fuzz-hostile-values';
import { LeafContext, RealObjects, validFloat, validId, validInt, validJson, validString } from './fuzz-values';
import { DEMO_PASSWORD } from './graphql-client';
import { LiveSchema, named, RootKind, rootFields, SchemaField, selectionOf, TypeRef, typeText } from './schema-operations';

/**
 * One generated request: an operation of the live schema, sent as one actor, with arguments built from the
 * argument types. Type-correct modes reach the resolvers; the others must be refused by GraphQL validation (400).
 */
export interface FuzzCase {
  /** Its place in this run (the order it was sent in). */
  index: number;
  /** `operation#n`: the nth case of the operation, the same request for a seed whatever else the schema holds. */
  key: string;
  actor: Actor;
  kind: RootKind;
  field: string;
  mode: FuzzMode;
  query: string;
  body: string;
}

export type FuzzMode = 'valid' | 'hostile' | 'huge' | 'wrong-type' | 'missing-required' | 'unknown-field' | 'out-of-range' | 'unused-variable';

/** Modes whose requests GraphQL must refuse before any resolver runs. */
export const VALIDATION_MODES: readonly FuzzMode[] = ['wrong-type', 'missing-required', 'unknown-field', 'out-of-range', 'unused-variable'];

const MODE_WEIGHTS = {
  valid: 25,
  hostile: 42,
  huge: 3,
  'wrong-type': 8,
  'missing-required': 8,
  'unknown-field': 7,
  'out-of-range': 7,
} as const;

/** Mutations that change a person: they never aim at the demo actors, whose sessions the fuzzer uses. */
const CHANGES_PEOPLE = ['setUserActive', 'setUserRoles', 'updateUser', 'issueActivationLink'];

export interface FuzzTarget {
  kind: RootKind;
  field: SchemaField;
}

/** Every query and mutation but the skipped ones, in a stable order. */
export function fuzzTargets(schema: LiveSchema, skipped: Readonly<Record<string, string>>): FuzzTarget[] {
  return (['query', 'mutation'] as const).flatMap((kind) =>
    rootFields(schema, kind)
      .filter((field) => !(field.name in skipped))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((field) => ({ kind, field })),
  );
}

/** Case n of an operation for this seed: the same request whenever it is generated, as the actors take turns. */
export function generateCase(schema: LiveSchema, target: FuzzTarget, actors: readonly Actor[], real: RealObjects, seed: number, n: number, index: number): FuzzCase {
  const { kind, field } = target;
  const key = `${field.name}#${n}`;
  const random = FuzzRandom.forCase(seed, key);
  const actor = actors[n % actors.length];
  const wanted = random.weighted(MODE_WEIGHTS);
  const builder = new ArgumentBuilder(schema, random, real, field.name, wanted);
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  for (const argument of field.args) {
    const required = argument.type.kind === 'NON_NULL' && argument.defaultValue === null;
    if (!required && random.chance(0.4)) continue;
    declared.push(argument.name);
    builder.fill(variables, argument.name, argument.type, argument.name, field.name, required);
  }
  guardSessions(field.name, variables);
  const mode = wanted === 'valid' || wanted === 'hostile' || wanted === 'huge' ? wanted : builder.breakOne(wanted);
  const types = new Map(field.args.map((argument) => [argument.name, argument.type]));
  const declarations = declared.map((name) => `$${name}: ${typeText(types.get(name)!)}`);
  if (mode === 'unused-variable') declarations.push('$fuzzUnused: Int');
  const head = declarations.length ? `${kind} Fuzz(${declarations.join(', ')})` : `${kind} Fuzz`;
  const call = declared.length ? `${field.name}(${declared.map((name) => `${name}: $${name}`).join(', ')})` : field.name;
  const query = `${head} { ${call}${selectionOf(schema, field.type)} }`;
  return {
    index,
    key,
    actor,
    kind,
    field: field.name,
    mode,
    query,
    body: serialise({ query, variables }),
  };
}

export function describeCase(fuzzCase: FuzzCase): string {
  return `${fuzzCase.kind} ${fuzzCase.key} as ${fuzzCase.actor} (${fuzzCase.mode})`;
}

/** changePassword never gets the demo password as the current one: a success would end the actor's session. */
function guardSessions(fieldName: string, variables: Record<string, unknown>): void {
  const input = variables['input'] as Record<string, unknown> | undefined;
  if (fieldName === 'changePassword' && input && input['currentPassword'] === DEMO_PASSWORD) input['currentPassword'] = 'bukan-kata-sandinya';
}

interface LeafSite {
  container: Record<string, unknown> | unknown[];
  key: string | number;
  scalar: string;
  enumValues: readonly string[];
}

interface FieldSite {
  container: Record<string, unknown>;
  key: string;
}

/** Fills argument values by type, remembering where each leaf, required field and input object went, to break one later. */
class ArgumentBuilder {
  private readonly leaves: LeafSite[] = [];
  private readonly required: FieldSite[] = [];
  private readonly objects: Array<Record<string, unknown>> = [];
  private hostileRate: number;
  private hugeSpent = false;
  /** One huge list or JSON value among plausible values, so nothing else refuses the request first. */
  private readonly huge: boolean;

  constructor(
    private readonly schema: LiveSchema,
    private readonly random: FuzzRandom,
    private readonly real: RealObjects,
    private readonly operation: string,
    mode: FuzzMode,
  ) {
    this.huge = mode === 'huge';
    this.hostileRate = mode === 'valid' || this.huge ? 0 : 0.5;
  }

  fill(container: Record<string, unknown> | unknown[], key: string | number, type: TypeRef, name: string, holder: string, required: boolean): void {
    const set = (value: unknown) => ((container as Record<string, unknown>)[key as string] = value);
    if (required && !Array.isArray(container)) this.required.push({ container, key: key as string });
    if (type.kind === 'NON_NULL') return this.fillNonNull(container, key, type.ofType!, name, holder);
    if (this.random.chance(0.08)) return void set(null);
    this.fillNonNull(container, key, type, name, holder);
  }

  private fillNonNull(container: Record<string, unknown> | unknown[], key: string | number, type: TypeRef, name: string, holder: string): void {
    const set = (value: unknown) => ((container as Record<string, unknown>)[key as string] = value);
    if (type.kind === 'LIST') {
      const list: unknown[] = [];
      set(list);
      const itemType = named(type).name!;
      const length = this.listLength(itemType);
      // Huge lists of ids hold distinct ones (a service that drops duplicates still sees them all).
      if (length > 3 && itemType === 'ID') return void list.push(...Array.from({ length }, () => this.random.uuid()));
      // The items of other huge lists are plain, so the body stays within a few MB.
      const hostileRate = this.hostileRate;
      if (length > 3) this.hostileRate = 0;
      for (let index = 0; index < length; index++) this.fill(list, index, type.ofType!, name, holder, false);
      this.hostileRate = hostileRate;
      return;
    }
    const target = this.schema.types.get(type.name!);
    if (target?.kind === 'INPUT_OBJECT') {
      const object: Record<string, unknown> = {};
      set(object);
      this.objects.push(object);
      for (const field of target.inputFields ?? []) {
        const required = field.type.kind === 'NON_NULL' && field.defaultValue === null;
        if (!required && this.random.chance(0.5)) continue;
        this.fill(object, field.name, field.type, field.name, target.name, required);
      }
      this.pairActivityWithCourse(object, target.name);
      return;
    }
    const enumValues = target?.enumValues?.map((value) => value.name) ?? [];
    this.leaves.push({ container, key, scalar: type.name!, enumValues });
    set(this.leafValue(type.name!, enumValues, name, holder));
  }

  /** An input naming a course and an activity mostly gets a real pair (a quiz where it asks for one), so it gets past "not found". */
  private pairActivityWithCourse(object: Record<string, unknown>, inputType: string): void {
    if (!('courseId' in object && 'activityId' in object) || !this.random.chance(this.hostileRate ? 0.5 : 0.9)) return;
    const quizzes = this.real.activityRefs.filter((ref) => ref.type === 'quiz');
    const refs = /Quiz|Regrade/.test(inputType) && quizzes.length ? quizzes : this.real.activityRefs;
    if (!refs.length) return;
    const ref = this.random.pick(refs);
    object['courseId'] = ref.courseId;
    object['activityId'] = ref.activityId;
  }

  /** One huge value per case at most, so a huge list never holds huge values (and bodies stay small). */
  private readonly mayBeHuge = (): boolean => {
    if (this.hugeSpent) return false;
    this.hugeSpent = true;
    return true;
  };

  private listLength(itemType: string): number {
    const wantsHuge = this.huge || (this.random.chance(this.hostileRate) && this.random.chance(0.1));
    if (!wantsHuge || !this.mayBeHuge()) return this.random.int(0, 3);
    // Huge lists within the 12 MB body limit; ids also past SQLite's 32,766 bound parameters.
    return itemType === 'ID' ? this.random.pick([1_000, 33_000]) : this.random.pick([200, 1_000]);
  }

  private leafValue(scalar: string, enumValues: readonly string[], name: string, holder: string): unknown {
    const hostile = this.random.chance(this.hostileRate);
    const context: LeafContext = {
      random: this.random,
      real: this.real,
      name,
      holder,
      sparesDemoUsers: CHANGES_PEOPLE.includes(this.operation),
      mayBeHuge: this.mayBeHuge,
    };
    switch (scalar) {
      case 'ID':
        return hostile ? hostileId(context) : validId(context);
      case 'String':
        return hostile ? hostileString(this.random) : validString(context);
      case 'Int':
        return hostile ? hostileInt(this.random) : validInt(this.random, name);
      case 'Float':
        return hostile ? hostileFloat(this.random) : validFloat(this.random);
      case 'Boolean':
        return name === 'dryRun' ? this.random.chance(0.8) : this.random.chance(0.5);
      case 'DateTime':
        return dateValue(this.random, hostile);
      case 'JSON':
        if (this.huge && this.mayBeHuge()) return hugeJson(this.random);
        return hostile ? hostileJson(context) : validJson(context);
      default:
        if (enumValues.length) return this.random.pick(enumValues);
        throw new Error(`No fuzz values for scalar ${scalar} (${holder}.${name})`);
    }
  }

  /** Breaks the arguments the way `mode` says; without a place to do that, declares a variable it never uses. */
  breakOne(mode: Exclude<FuzzMode, 'valid' | 'hostile' | 'unused-variable'>): FuzzMode {
    const random = this.random;
    if (mode === 'wrong-type') {
      const leaves = this.leaves.filter((leaf) => !['JSON', 'DateTime'].includes(leaf.scalar));
      if (!leaves.length) return 'unused-variable';
      const leaf = random.pick(leaves);
      (leaf.container as Record<string, unknown>)[leaf.key as string] = wrongTypeValue(random, leaf.scalar, leaf.enumValues);
    } else if (mode === 'out-of-range') {
      const leaves = this.leaves.filter((leaf) => leaf.scalar === 'Int' || leaf.scalar === 'Float');
      if (!leaves.length) return 'unused-variable';
      const leaf = random.pick(leaves);
      (leaf.container as Record<string, unknown>)[leaf.key as string] = random.pick(leaf.scalar === 'Int' ? OUT_OF_RANGE_INTS : OUT_OF_RANGE_FLOATS);
    } else if (mode === 'missing-required') {
      if (!this.required.length) return 'unused-variable';
      const site = random.pick(this.required);
      delete site.container[site.key];
    } else {
      if (!this.objects.length) return 'unused-variable';
      random.pick(this.objects)[`fuzzUnknown${random.hex(3)}`] = random.pick([1, 'x', null, {}]);
    }
    return mode;
  }
}

/** JSON, except that RawNumber values are written as their own text (1e999, 9007199254740993). */
function serialise(value: unknown): string {
  const raws: string[] = [];
  const marker = `__fuzz_raw_number_${Math.random().toString(36).slice(2)}_`;
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (!(item instanceof RawNumber)) return item;
    raws.push(item.text);
    return `${marker}${raws.length - 1}`;
  });
  return raws.length ? text.replace(new RegExp(`"${marker}(\\d+)"`, 'g'), (_match, index: string) => raws[Number(index)]) : text;
}
