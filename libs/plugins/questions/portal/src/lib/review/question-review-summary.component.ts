import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionReviewState } from '@tunas/portal/plugin-sdk';
import { ReviewMarkComponent } from './review-mark.component';

/** How the lines of a right answer are written: sanitised HTML, plain text as typed, or translation keys. */
export type RightAnswerFormat = 'html' | 'text' | 'key';

/**
 * The part of a review below the answer area: how the response came out, its feedback, and the right
 * answer, each only when the review gives it. Feedback is sanitised HTML from the server.
 */
@Component({
  selector: 'tunas-question-review-summary',
  imports: [ReviewMarkComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state(); as state) {
      <p class="review-summary__state" data-testid="review-state"><tunas-review-mark [kind]="state" /></p>
    }
    @if (feedback().length) {
      <div class="review-summary__feedback" data-testid="review-feedback">
        @for (text of feedback(); track $index) {
          <div [innerHTML]="text"></div>
        }
      </div>
    }
    @if (rightAnswer(); as lines) {
      <div class="review-summary__right" data-testid="review-right-answer">
        <p class="review-summary__right-label">{{ 'questions.review.rightAnswerIs' | transloco }}</p>
        <ul [class.review-summary__order]="ordered()" [attr.role]="ordered() ? 'list' : null">
          @for (line of lines; track $index) {
            <li>
              @if (ordered()) {
                <span class="review-summary__position">{{ $index + 1 }}. </span>
              }
              @switch (format()) {
                @case ('html') {
                  <span [innerHTML]="line"></span>
                }
                @case ('key') {
                  {{ line | transloco }}
                }
                @default {
                  {{ line }}
                }
              }
            </li>
          }
        </ul>
      </div>
    }
  `,
  styles: `
    :host { display: flex; flex-direction: column; gap: 8px; margin-top: 12px; }
    p { margin: 0; }
    .review-summary__feedback { padding: 8px 12px; border-inline-start: 4px solid var(--mat-sys-outline); background: var(--mat-sys-surface-container); }
    .review-summary__right { padding: 8px 12px; border-inline-start: 4px solid var(--mat-sys-primary); background: var(--mat-sys-surface-container-low); }
    .review-summary__right-label { font: var(--mat-sys-title-small); }
    ul { margin: 4px 0 0; padding-inline-start: 24px; overflow-wrap: anywhere; }
    .review-summary__order { list-style: none; padding-inline-start: 0; }
    .review-summary__position { font-weight: 600; margin-inline-end: 8px; }
  `,
})
export class QuestionReviewSummaryComponent {
  readonly state = input<QuestionReviewState | null>(null);
  readonly feedback = input<readonly string[]>([]);
  /** Lines of the right answer, or null when the review hides it. */
  readonly rightAnswer = input<readonly string[] | null>(null);
  readonly format = input<RightAnswerFormat>('html');
  /** Whether the lines are an order (ordering questions): numbered. */
  readonly ordered = input(false);
}
