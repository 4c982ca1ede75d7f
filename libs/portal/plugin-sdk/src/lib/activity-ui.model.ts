import type { InputSignal, OutputEmitterRef, Type } from '@angular/core';
import type { ActivityTypeDefinition } from '@tunas/shared/plugin-sdk';

/** Where an activity sits: handed to views that declare a `context` input (see {@link ActivityView}). */
export interface ActivityContext {
  readonly courseId: string;
  readonly activityId: string;
}

/**
 * The learner view of an activity. The platform passes the content and the stored state; the view
 * reports each new learner state through `stateChange`. It keeps no memory beyond its own lifetime.
 *
 * @example
 * export class PageViewComponent implements ActivityView<PageContent, PageState> {
 *   readonly content = input.required<PageContent>();
 *   readonly state = input<PageState | null>(null);
 *   readonly readOnly = input(false);
 *   readonly stateChange = output<PageState>();
 * }
 */
export interface ActivityView<TContent, TState> {
  /** Content as the server hands it to learners (secrets already stripped). */
  readonly content: InputSignal<TContent>;
  /** What is stored for this learner; null before the first write and in previews. */
  readonly state: InputSignal<TState | null>;
  /** A preview, or an activity the learner may not change: show everything, emit nothing. */
  readonly readOnly: InputSignal<boolean>;
  /** A new learner state; it must validate against the definition's `stateSchema`. */
  readonly stateChange: OutputEmitterRef<TState>;
  /**
   * Optional: the course and activity, for a view that links elsewhere (a quiz opens its own pages). The host
   * binds it only when the view declares it, and passes null in previews without a saved activity.
   *
   * @example
   * readonly context = input<ActivityContext | null>(null);
   */
  readonly context?: InputSignal<ActivityContext | null>;
}

/**
 * The authoring form of an activity type. It emits content valid for the definition's `contentSchema`
 * whenever the form holds some, and `null` while it does not (the host keeps Save disabled then).
 *
 * @example
 * export class LinkEditorComponent implements ActivityEditor<LinkContent> {
 *   readonly content = input<LinkContent | null>(null);
 *   readonly contentChange = output<LinkContent | null>();
 * }
 */
export interface ActivityEditor<TContent> {
  /** The stored content, or null for a new activity. */
  readonly content: InputSignal<TContent | null>;
  readonly contentChange: OutputEmitterRef<TContent | null>;
}

/**
 * The portal half of an activity type: the shared definition plus lazily loaded components, so a
 * plugin's code is only downloaded when a learner or a trainer opens one of its activities.
 *
 * @example
 * export const linkActivityUi = defineActivityUi({
 *   definition: linkActivity,
 *   icon: 'M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1z',
 *   loadView: () => import('./lib/link-view.component').then((m) => m.LinkViewComponent),
 *   loadEditor: () => import('./lib/link-editor.component').then((m) => m.LinkEditorComponent),
 * });
 */
export interface ActivityUi<TContent, TState> {
  readonly definition: ActivityTypeDefinition<TContent, TState>;
  /** SVG path data on a 24 × 24 grid; registered as the icon `activity-<id>` (see {@link activityIconName}). */
  readonly icon: string;
  loadView(): Promise<Type<ActivityView<TContent, TState>>>;
  loadEditor(): Promise<Type<ActivityEditor<TContent>>>;
}

/**
 * An installed activity UI as the platform holds it, whatever its content and state types: the course
 * screens pass content and state through as JSON and let the plugin's own schemas judge them.
 */
export interface AnyActivityUi {
  readonly definition: ActivityTypeDefinition<unknown, unknown>;
  readonly icon: string;
  loadView(): Promise<Type<unknown>>;
  loadEditor(): Promise<Type<unknown>>;
}

/** Declares the portal half of an activity type (typed by its definition). */
export function defineActivityUi<TContent, TState>(ui: ActivityUi<TContent, TState>): ActivityUi<TContent, TState> {
  return ui;
}

/** The MatIconRegistry name under which an activity type's icon is registered. */
export function activityIconName(typeId: string): string {
  return `activity-${typeId}`;
}
