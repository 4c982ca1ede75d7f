import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { type QuizReview, type QuizReviewSlot, QuizLearnerApi } from '@tunas/portal/data-access/quiz';
import type { QuestionReview, QuestionReviewState } from '@tunas/portal/plugin-sdk';
import { DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';
import { QuestionAnswerHostComponent } from './question-answer-host.component';

const REVIEW_STATES: readonly string[] = ['correct', 'partial', 'incorrect', 'needsGrading'] satisfies QuestionReviewState[];

/** What the answer component may show, built only from what the API returned (hidden parts are null). */
export function questionReviewOf(slot: QuizReviewSlot): QuestionReview<unknown> {
  return {
    rightAnswer: slot.rightAnswer ?? null,
    state: slot.state && REVIEW_STATES.includes(slot.state) ? (slot.state as QuestionReviewState) : null,
    feedback: slot.feedback ?? [],
  };
}

/** `/kuis/tinjau/:attemptId`: a submitted attempt, exactly as far as the quiz's review options allow now. */
@Component({
  selector: 'tunas-quiz-review-page',
  imports: [DecimalPipe, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe, DateTimePipe, ErrorAlertComponent, QuestionAnswerHostComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz-review-page.component.html',
  styleUrl: './quiz-review-page.component.scss',
})
export class QuizReviewPageComponent {
  private readonly api = inject(QuizLearnerApi);

  /** Route parameter. */
  readonly attemptId = input.required<string>();

  protected readonly review = signal<QuizReview | null>(null);
  protected readonly loadError = signal<PortalError | null>(null);
  protected readonly loading = signal(true);
  protected readonly slots = computed(() =>
    (this.review()?.slots ?? []).map((slot, index) => ({ ...slot, number: index + 1, review: questionReviewOf(slot) })),
  );

  constructor() {
    effect(() => {
      const attemptId = this.attemptId();
      untracked(() => void this.load(attemptId));
    });
  }

  private async load(attemptId: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.review.set(await this.api.review(attemptId));
    } catch (error) {
      this.loadError.set(toPortalError(error));
    } finally {
      this.loading.set(false);
    }
  }
}
