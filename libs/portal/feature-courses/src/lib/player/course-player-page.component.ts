import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSidenavModule } from '@angular/material/sidenav';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ActivityUiRegistry, activityIconName } from '@tunas/portal/plugin-sdk';
import { ErrorAlertComponent } from '@tunas/portal/ui';
import { map } from 'rxjs';
import { CoursePlayerStore } from './course-player.store';
import { firstOpenActivityId } from './course-progress.util';
import { PlayerActivityComponent } from './player-activity.component';
import { type OutlineModule, PlayerOutlineComponent } from './player-outline.component';

const HANDSET_QUERY = '(max-width: 839.98px)';

/**
 * `/belajar/:courseId[/:activityId]` for learners and `/ajar/:courseId/pratinjau[/:activityId]` for authors
 * (read-only preview): the outline, the activity, the course progress and where the progress is saved.
 */
@Component({
  selector: 'tunas-course-player-page',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSidenavModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlertComponent,
    PlayerActivityComponent,
    PlayerOutlineComponent,
  ],
  providers: [CoursePlayerStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-player-page.component.html',
  styleUrl: './course-player-page.component.scss',
})
export class CoursePlayerPageComponent {
  private readonly store = inject(CoursePlayerStore);
  private readonly registry = inject(ActivityUiRegistry);
  private readonly router = inject(Router);

  /** Route parameters and data. */
  readonly courseId = input.required<string>();
  readonly activityId = input<string>();
  readonly preview = input(false);

  private readonly language = toSignal(inject(TranslocoService).langChanges$, { initialValue: 'id' });
  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe(HANDSET_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly outlineOpen = signal(false);

  protected readonly outline = this.store.outline;
  protected readonly loadError = this.store.loadError;
  protected readonly loading = computed(() => this.store.status() === 'loading');
  protected readonly courseCompleted = this.store.courseCompleted;
  protected readonly justCompleted = this.store.justCompleted;
  protected readonly saveError = this.store.saveError;
  protected readonly pendingWrites = this.store.pendingWrites;
  protected readonly progressPercent = computed(() => Math.round((this.outline()?.completion ?? 0) * 100));
  protected readonly requiredCounts = computed(() => {
    const required = this.store.steps().filter((step) => step.activity.required);
    return { done: required.filter((step) => step.activity.completion >= 1).length, total: required.length };
  });

  private readonly basePath = computed(() =>
    this.preview() ? ['/ajar', this.courseId(), 'pratinjau'] : ['/belajar', this.courseId()],
  );
  protected readonly backLink = computed(() => (this.preview() ? ['/ajar', this.courseId()] : ['/kursus', this.courseId()]));

  protected readonly current = computed(() => this.store.steps().find((step) => step.activity.id === this.activityId()) ?? null);
  protected readonly currentUi = computed(() => {
    const step = this.current();
    return step && this.registry.has(step.activity.type) ? this.registry.get(step.activity.type) : null;
  });
  protected readonly currentTypeLabel = computed(() => {
    const ui = this.currentUi();
    return ui ? ui.definition.label[this.language() === 'en' ? 'en' : 'id'] : (this.current()?.activity.type ?? '');
  });
  protected readonly currentLocked = computed(() => this.current()?.module.locked ?? false);
  protected readonly currentIcon = computed(() => activityIconName(this.current()?.activity.type ?? ''));
  /** Says plainly whether the latest progress is only on this device or already on the server. */
  protected readonly saveStatus = computed(() => {
    const step = this.current();
    switch (step ? this.store.saveStatus(step.activity.id) : null) {
      case 'device':
        return { key: 'player.savedOnDevice', icon: 'phone-save' };
      case 'server':
        return { key: 'player.savedOnServer', icon: 'cloud-done' };
      default:
        return null;
    }
  });
  protected readonly showPending = computed(() => this.pendingWrites() > 0 && this.saveStatus()?.key !== 'player.savedOnDevice');

  protected readonly modules = computed<OutlineModule[]>(() => {
    const base = this.basePath();
    const currentId = this.activityId();
    return (this.outline()?.modules ?? []).map((module, index) => ({
      id: module.id,
      number: index + 1,
      title: module.title,
      locked: module.locked,
      done: module.completion >= 1 && module.activities.some((activity) => activity.required),
      activities: module.activities.map((activity) => ({
        id: activity.id,
        title: activity.title,
        link: [...base, activity.id],
        icon: activityIconName(activity.type),
        done: activity.completion >= 1,
        optional: !activity.required,
        current: activity.id === currentId,
      })),
    }));
  });
  protected readonly previous = computed(() => this.neighbour(-1));
  protected readonly next = computed(() => this.neighbour(1));

  constructor() {
    effect(() => {
      const courseId = this.courseId();
      const preview = this.preview();
      untracked(() => void this.store.load(courseId, preview));
    });
    // Without an activity in the address, open where the learner should continue.
    effect(() => {
      const outline = this.outline();
      if (outline && !this.activityId()) {
        const resume = (outline.preview ? null : outline.resumeActivityId) ?? firstOpenActivityId(outline);
        if (resume) {
          untracked(() => void this.router.navigate([...this.basePath(), resume], { replaceUrl: true }));
        }
      }
    });
    // Changing activity on a phone closes the outline drawer.
    effect(() => {
      this.activityId();
      untracked(() => this.outlineOpen.set(false));
    });
  }

  protected toggleOutline(): void {
    this.outlineOpen.update((open) => !open);
  }

  protected closeOutline(): void {
    this.outlineOpen.set(false);
  }

  private neighbour(offset: -1 | 1): { title: string; link: string[]; locked: boolean } | null {
    const step = this.current();
    const neighbour = step ? this.store.steps()[step.index + offset] : undefined;
    return neighbour
      ? { title: neighbour.activity.title, link: [...this.basePath(), neighbour.activity.id], locked: neighbour.module.locked }
      : null;
  }
}
