import {
  ChangeDetectionStrategy,
  Component,
  ViewContainerRef,
  computed,
  effect,
  inject,
  input,
  inputBinding,
  outputBinding,
  reflectComponentType,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CourseActivity } from '@tunas/portal/data-access/courses';
import type { AnyActivityUi } from '@tunas/portal/plugin-sdk';
import { CoursePlayerStore } from './course-player.store';

/**
 * Renders one activity with its plugin's lazily loaded view. The activity id is fixed for each view it
 * creates, so a state the view emits while it closes (a video's last stretch) is credited to the right one.
 */
@Component({
  selector: 'tunas-player-activity',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loadFailed()) {
      <p class="player-activity__failed" role="alert">{{ 'player.viewFailed' | transloco }}</p>
    }
    <ng-container #outlet />
  `,
  styles: `
    :host { display: block; }
    .player-activity__failed { padding: 12px 16px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
})
export class PlayerActivityComponent {
  private readonly store = inject(CoursePlayerStore);
  private readonly outlet = viewChild.required('outlet', { read: ViewContainerRef });

  readonly ui = input.required<AnyActivityUi>();
  readonly activity = input.required<CourseActivity>();
  readonly readOnly = input(false);

  private readonly activityId = computed(() => this.activity().id);
  protected readonly loadFailed = signal(false);

  constructor() {
    effect((onCleanup) => {
      const ui = this.ui();
      const activityId = this.activityId();
      const outlet = this.outlet();
      let current = true;
      onCleanup(() => {
        current = false;
        outlet.clear();
      });
      untracked(() => this.render(ui, activityId, outlet, () => current));
    });
  }

  private async render(ui: AnyActivityUi, activityId: string, outlet: ViewContainerRef, isCurrent: () => boolean): Promise<void> {
    this.loadFailed.set(false);
    try {
      const view = await ui.loadView();
      if (!isCurrent()) {
        return;
      }
      // Bound through the store by the fixed id: a view never sees another activity's content.
      const own = computed(() => this.store.steps().find((step) => step.activity.id === activityId)?.activity ?? null);
      const bindings = [
        inputBinding('content', () => own()?.content ?? null),
        inputBinding('state', () => own()?.state ?? null),
        inputBinding('readOnly', this.readOnly),
        outputBinding<unknown>('stateChange', (state) => this.store.acceptState(activityId, state)),
      ];
      // The optional `context` input of ActivityView: bound only where declared (binding an absent input throws).
      if (reflectComponentType(view)?.inputs.some((declared) => declared.templateName === 'context')) {
        bindings.push(inputBinding('context', () => ({ courseId: this.store.outline()?.course.id ?? '', activityId })));
      }
      const created = outlet.createComponent(view, { bindings });
      // Bind the view now: without zone.js the first check waits for the scheduler, and input before it is lost.
      created.changeDetectorRef.detectChanges();
    } catch {
      // Usually a chunk that could not be fetched (offline before it was ever opened).
      this.loadFailed.set(isCurrent());
    }
  }
}
