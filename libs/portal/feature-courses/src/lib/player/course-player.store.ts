import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import {
  CourseAuthoringApi,
  type CourseOutline,
  CoursesApi,
  ProgressOutbox,
  type ProgressSaveStatus,
} from '@tunas/portal/data-access/courses';
import { ActivityUiRegistry } from '@tunas/portal/plugin-sdk';
import { checkCompletion, mergeActivityState } from '@tunas/shared/plugin-sdk';
import { filter } from 'rxjs';
import { stepsOf, withLocalProgress, withServerProgress } from './course-progress.util';

type PlayerState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: PortalError }
  | { readonly status: 'ready'; readonly outline: CourseOutline };

/**
 * One course being studied (or previewed) on this page: its outline, and what the learner does in it.
 * States from activity views are checked by the plugin's schema, applied here at once and handed to the
 * outbox, which gets them to the server; the server's answers then correct the numbers.
 */
@Injectable()
export class CoursePlayerStore {
  private readonly coursesApi = inject(CoursesApi);
  private readonly authoringApi = inject(CourseAuthoringApi);
  private readonly outbox = inject(ProgressOutbox);
  private readonly registry = inject(ActivityUiRegistry);
  private readonly state = signal<PlayerState>({ status: 'loading' });
  private courseId: string | null = null;

  readonly status = computed(() => this.state().status);
  readonly outline = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.outline : null;
  });
  readonly loadError = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.error : null;
  });
  readonly steps = computed(() => {
    const outline = this.outline();
    return outline ? stepsOf(outline) : [];
  });
  readonly isPreview = computed(() => this.outline()?.preview ?? false);
  readonly courseCompleted = computed(() => this.outline()?.enrolment?.status === 'COMPLETED');
  /** This visit completed the course (to congratulate once). */
  readonly justCompleted = signal(false);
  /** A write the server refused for good (the learner should know it did not count). */
  readonly saveError = signal<PortalError | null>(null);
  readonly pendingWrites = this.outbox.pendingCount;

  constructor() {
    this.outbox.acknowledged$
      .pipe(
        filter((event) => event.courseId === this.courseId),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(({ result }) => {
        this.updateOutline((outline) => withServerProgress(outline, result));
        if (result.courseCompleted) {
          this.justCompleted.set(true);
        }
      });
    this.outbox.rejected$
      .pipe(
        filter((event) => event.courseId === this.courseId),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(({ error }) => this.saveError.set(error));
  }

  async load(courseId: string, preview: boolean): Promise<void> {
    this.courseId = courseId;
    this.state.set({ status: 'loading' });
    try {
      const outline = preview ? await this.authoringApi.preview(courseId) : await this.coursesApi.outline(courseId);
      this.state.set({ status: 'ready', outline });
      if (!preview) {
        for (const { activityId, state } of this.outbox.pendingStates(courseId)) {
          this.applyLocally(activityId, state);
        }
      }
    } catch (error) {
      this.state.set({ status: 'failed', error: toPortalError(error) });
    }
  }

  saveStatus(activityId: string): ProgressSaveStatus | null {
    return this.outbox.saveStatus(activityId);
  }

  /** A state an activity view emitted. Ignored in previews and locked modules; refused when invalid. */
  acceptState(activityId: string, incoming: unknown): void {
    const outline = this.outline();
    const state = this.applyLocally(activityId, incoming);
    if (!outline || state === null) {
      return;
    }
    this.saveError.set(null);
    this.outbox.record(outline.course.id, activityId, state).catch((error: unknown) => this.saveError.set(toPortalError(error)));
  }

  /** Validates a state with the plugin's schema, merges it as the server will, and shows it. Null when refused. */
  private applyLocally(activityId: string, incoming: unknown): unknown {
    const outline = this.outline();
    const step = this.steps().find((candidate) => candidate.activity.id === activityId);
    if (!outline || outline.preview || !step || step.module.locked || !this.registry.has(step.activity.type)) {
      return null;
    }
    const { definition } = this.registry.get(step.activity.type);
    const parsedState = definition.stateSchema.safeParse(incoming);
    if (!parsedState.success) {
      // A plugin bug, not the learner's: say so loudly in the console, record nothing.
      console.error(`Activity type "${definition.id}" emitted a state its schema refuses`, parsedState.error);
      return null;
    }
    const parsedContent = definition.contentSchema.safeParse(step.activity.content);
    const content = parsedContent.success ? parsedContent.data : step.activity.content;
    const stored = definition.stateSchema.safeParse(step.activity.state);
    const state = stored.success ? mergeActivityState(definition, content, stored.data, parsedState.data) : parsedState.data;
    const completion = checkCompletion(definition.completion(content, state), definition.id);
    this.updateOutline((current) => withLocalProgress(current, activityId, state, completion));
    return state;
  }

  private updateOutline(change: (outline: CourseOutline) => CourseOutline): void {
    this.state.update((state) => (state.status === 'ready' ? { ...state, outline: change(state.outline) } : state));
  }
}
