import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toPortalError } from '@tunas/portal/data-access';
import { type GradingQueueItem, QuizReportsApi } from '@tunas/portal/data-access/quiz';
import { ErrorAlertComponent } from '@tunas/portal/ui';
import { GradingItemComponent } from './grading-item.component';

/** `/kelola-kuis/penilaian/:courseId`: responses of a course's quizzes waiting for a person to grade them. */
@Component({
  selector: 'tunas-grading-queue-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe, ErrorAlertComponent, GradingItemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/kelola-kuis" class="back-link">
      <mat-icon svgIcon="arrow-back" aria-hidden="true" />{{ 'quizAuthoring.bank.back' | transloco }}
    </a>
    <div class="tunas-page-header">
      <div>
        <h1>{{ 'quizAuthoring.grading.title' | transloco }}</h1>
        <p>{{ 'quizAuthoring.grading.intro' | transloco }}</p>
      </div>
      <a mat-stroked-button [routerLink]="['/kelola-kuis/nilai', courseId()]">{{ 'quizAuthoring.banks.gradebook' | transloco }}</a>
    </div>
    @if (queue.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    }
    @if (loadError(); as error) {
      <tunas-error-alert [message]="error.message" />
    }
    @if (lastGraded(); as item) {
      <p class="tunas-status" role="status">{{ 'quizAuthoring.grading.saved' | transloco: { learner: item.learnerName } }}</p>
    }
    @if (queue.hasValue() && !queue.value().length) {
      <p class="grading-empty" data-testid="grading-empty">{{ 'quizAuthoring.grading.empty' | transloco }}</p>
    }
    <div class="grading-list" data-testid="grading-list">
      @for (item of queue.value() ?? []; track item.attemptId + '-' + item.slot) {
        <tunas-grading-item [item]="item" (graded)="graded($event)" />
      }
    </div>
  `,
  styles: `
    .back-link { margin-bottom: 8px; }
    .grading-empty { padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container-low); }
    .grading-list { display: flex; flex-direction: column; gap: 16px; max-width: 960px; }
  `,
})
export class GradingQueuePageComponent {
  private readonly api = inject(QuizReportsApi);

  readonly courseId = input.required<string>();

  protected readonly queue = resource({ params: () => this.courseId(), loader: ({ params }) => this.api.gradingQueue(params) });
  protected readonly lastGraded = signal<GradingQueueItem | null>(null);
  protected readonly loadError = computed(() => {
    const error = this.queue.error();
    return error ? toPortalError(error) : null;
  });

  protected graded(item: GradingQueueItem): void {
    this.lastGraded.set(item);
    this.queue.update((items) => items?.filter((other) => other !== item));
  }
}
