import { Inject, Injectable } from '@nestjs/common';
import { checkCompletion, mergeActivityState } from '@tunas/shared/plugin-sdk';
import { z } from 'zod';
import { AnyServerActivityType } from './server-activity-type';

export const ACTIVITY_TYPES = Symbol('ACTIVITY_TYPES');

export class ActivityTypeRegistryError extends Error {}

/** Why a plugin refused content or state, with the path of the field. */
export class ActivityPayloadError extends Error {
  constructor(
    readonly typeId: string,
    readonly issues: Array<{ path: string; message: string }>,
  ) {
    super(issues.map((issue) => `${issue.path ? `${issue.path}: ` : ''}${issue.message}`).join('; '));
  }
}

/**
 * The installed activity types. Built once at start-up from the list in apps/api/src/plugins.ts, and
 * refuses to start on a missing or duplicate id. Holds no per-request state.
 */
@Injectable()
export class ActivityTypeRegistry {
  private readonly types = new Map<string, AnyServerActivityType>();

  constructor(@Inject(ACTIVITY_TYPES) types: readonly AnyServerActivityType[]) {
    for (const type of types) {
      const id = type?.definition?.id;
      if (!id) throw new ActivityTypeRegistryError('An installed activity type has no id; check apps/api/src/plugins.ts');
      if (this.types.has(id)) throw new ActivityTypeRegistryError(`Activity type "${id}" is installed twice; check apps/api/src/plugins.ts`);
      this.types.set(id, type);
    }
  }

  ids(): string[] {
    return [...this.types.keys()];
  }

  has(id: string): boolean {
    return this.types.has(id);
  }

  get(id: string): AnyServerActivityType {
    const type = this.types.get(id);
    if (!type) throw new ActivityTypeRegistryError(`Activity type "${id}" is not installed (installed: ${this.ids().join(', ')})`);
    return type;
  }

  /** Validates authored content and lets the plugin prepare it for storage. */
  prepareContent(id: string, raw: unknown): unknown {
    const type = this.get(id);
    const content = parse(type.definition.contentSchema, raw, id);
    return type.prepareContent ? type.prepareContent(content) : content;
  }

  learnerContent(id: string, content: unknown): unknown {
    const type = this.get(id);
    return type.learnerContent ? type.learnerContent(content) : content;
  }

  initialState(id: string, content: unknown): unknown {
    return this.get(id).definition.initialState(content);
  }

  /** Validates a learner's state, merges it with the stored one, and returns it with its completion. */
  applyState(id: string, content: unknown, stored: unknown | null, raw: unknown): { state: unknown; completion: number } {
    const type = this.get(id);
    const incoming = parse(type.definition.stateSchema, raw, id);
    const state = stored === null ? incoming : mergeActivityState(type.definition, content, stored, incoming);
    return { state, completion: checkCompletion(type.definition.completion(content, state), id) };
  }

  completion(id: string, content: unknown, state: unknown): number {
    const type = this.get(id);
    return checkCompletion(type.definition.completion(content, state), id);
  }
}

function parse<T>(schema: z.ZodType<T>, raw: unknown, typeId: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new ActivityPayloadError(
    typeId,
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}
