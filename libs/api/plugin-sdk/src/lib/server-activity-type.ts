import { ActivityTypeDefinition } from '@tunas/shared/plugin-sdk';

/**
 * The server side of an activity type: the shared definition plus what only the server may do.
 *
 * @example
 * export const pageServerActivity: ServerActivityType<PageContent, PageState> = {
 *   definition: pageActivity,
 *   prepareContent: (content) => ({ ...content, html: renderSafeMarkdown(content.markdown) }),
 * };
 */
export interface ServerActivityType<TContent = unknown, TState = unknown> {
  readonly definition: ActivityTypeDefinition<TContent, TState>;
  /** Runs when a trainer saves content, after schema validation: normalise, render, sanitise. */
  prepareContent?(content: TContent): TContent;
  /** What a learner may see of the content; by default all of it. Strip secrets here (answers, keys). */
  learnerContent?(content: TContent): unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyServerActivityType = ServerActivityType<any, any>;
