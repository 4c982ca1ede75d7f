import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { type QuizOverview, QuizLearnerApi } from '@tunas/portal/data-access/quiz';
import { DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';

/**
 * `/kuis/:courseId/:activityId`: a quiz before and between attempts: what it asks, when it is open, my
 * attempts with their grades (when shown) and reviews, and the button to start or continue.
 */
@Component({
  selector: 'tunas-quiz-overview-page',
  imports: [DecimalPipe, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe, DateTimePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz-overview-page.component.html',
  styleUrl: './quiz-overview-page.component.scss',
})
export class QuizOverviewPageComponent {
  private readonly api = inject(QuizLearnerApi);
  private readonly router = inject(Router);

  /** Route parameters. */
  readonly courseId = input.required<string>();
  readonly activityId = input.required<string>();

  protected readonly overview = signal<QuizOverview | null>(null);
  protected readonly loadError = signal<PortalError | null>(null);
  protected readonly loading = signal(true);
  protected readonly starting = signal(false);
  protected readonly startError = signal<PortalError | null>(null);
  /** Why starting was refused just now (the overview may have been a little old). */
  protected readonly refusal = signal<string | null>(null);

  protected readonly finishedAttempts = computed(() => (this.overview()?.attempts ?? []).filter((attempt) => attempt.status !== 'IN_PROGRESS').length);
  protected readonly unavailableKey = computed(() => {
    const reason = this.overview()?.unavailableReason;
    return reason ? `quiz.unavailable.${reason}` : null;
  });

  constructor() {
    effect(() => {
      const courseId = this.courseId();
      const activityId = this.activityId();
      untracked(() => void this.load(courseId, activityId));
    });
  }

  protected async start(): Promise<void> {
    this.starting.set(true);
    this.startError.set(null);
    this.refusal.set(null);
    try {
      const started = await this.api.start(this.courseId(), this.activityId());
      if (started.kind === 'attempt') {
        await this.router.navigate(['/kuis/percobaan', started.attempt.id]);
      } else {
        this.refusal.set(`quiz.unavailable.${started.reason}`);
      }
    } catch (error) {
      this.startError.set(toPortalError(error));
    } finally {
      this.starting.set(false);
    }
  }

  private async load(courseId: string, activityId: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.overview.set(await this.api.overview(courseId, activityId));
    } catch (error) {
      this.loadError.set(toPortalError(error));
    } finally {
      this.loading.set(false);
    }
  }
}
