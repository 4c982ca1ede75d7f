import { z } from 'zod';
import { checkCompletion } from './completion';

/**
 * How an activity becomes complete:
 * - `view`: opening it completes it (page, document, link);
 * - `progress`: the plugin computes a fraction from the learner's state (video watched share, SCORM);
 * - `score`: completion follows a graded result (quiz).
 */
export type CompletionMode = 'view' | 'progress' | 'score';

export interface LocalisedText {
  id: string;
  en: string;
}

/**
 * The contract of an activity type, shared by the API and the portal. Everything here is pure: schemas and
 * functions of content and learner state, no I/O, no framework, no memory between calls.
 *
 * @example
 * export const linkActivity = defineActivityType({
 *   id: 'link',
 *   schemaVersion: 1,
 *   label: { id: 'Tautan', en: 'Link' },
 *   contentSchema: z.object({ url: z.url(), description: z.string().max(2000).default('') }),
 *   stateSchema: z.object({ visited: z.boolean() }),
 *   initialState: () => ({ visited: false }),
 *   completionMode: 'view',
 *   scored: false,
 *   completion: (_content, state) => (state.visited ? 1 : 0),
 * });
 */
export interface ActivityTypeDefinition<TContent = unknown, TState = unknown> {
  /** Kebab-case, unique among installed activity types, stored with every activity: never rename it. */
  readonly id: string;
  /** Version of the content and state shapes; bump it with a `migrateContent` step when they change. */
  readonly schemaVersion: number;
  readonly label: LocalisedText;
  /** What a trainer authors. */
  readonly contentSchema: z.ZodType<TContent>;
  /** What the platform stores per learner. */
  readonly stateSchema: z.ZodType<TState>;
  initialState(content: TContent): TState;
  readonly completionMode: CompletionMode;
  /** Whether the activity produces a score that counts toward the course grade. */
  readonly scored: boolean;
  /**
   * Whether only the server writes the learner state (a quiz's grade comes from graded attempts). Progress a
   * learner's device sends for such an activity is refused.
   */
  readonly serverOwnedState?: boolean;
  /** A number in [0, 1]; 1 means complete. */
  completion(content: TContent, state: TState): number;
  /**
   * Combines the stored state with one the learner's device sends. Progress must never go backwards when an
   * old, retried update arrives late; the default keeps whichever state is more complete.
   */
  mergeState?(stored: TState, incoming: TState, content: TContent): TState;
  /** Upgrades stored content written under an older schemaVersion. */
  migrateContent?(fromVersion: number, content: unknown): unknown;
}

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export class InvalidActivityTypeError extends Error {}

/** Declares an activity type and checks the declaration itself (id shape, version). */
export function defineActivityType<TContent, TState>(definition: ActivityTypeDefinition<TContent, TState>): ActivityTypeDefinition<TContent, TState> {
  if (!definition.id || !KEBAB_CASE.test(definition.id)) {
    throw new InvalidActivityTypeError(`Activity type id "${definition.id}" must be kebab-case, like "page" or "scorm-package"`);
  }
  if (!Number.isInteger(definition.schemaVersion) || definition.schemaVersion < 1) {
    throw new InvalidActivityTypeError(`Activity type "${definition.id}" needs a positive integer schemaVersion`);
  }
  return definition;
}

/** Merges learner state the way the plugin says, or keeps the more complete of the two. */
export function mergeActivityState<TContent, TState>(type: ActivityTypeDefinition<TContent, TState>, content: TContent, stored: TState, incoming: TState): TState {
  if (type.mergeState) return type.mergeState(stored, incoming, content);
  return checkCompletion(type.completion(content, incoming), type.id) >= checkCompletion(type.completion(content, stored), type.id) ? incoming : stored;
}

export type AnyActivityType = ActivityTypeDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
