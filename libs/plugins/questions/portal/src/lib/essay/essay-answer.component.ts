import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionAnswerComponent, QuestionReview } from '@tunas/portal/plugin-sdk';
import type { EssayResponse, EssayView } from '@tunas/plugins/questions/common';
import { ANSWER_LAYOUT_STYLES } from '../review/answer-layout.styles';
import { QuestionReviewSummaryComponent } from '../review/question-review-summary.component';
import { countWords } from './count-words.util';

/** A free text, graded by a person; the word count and limits show while the learner writes. */
@Component({
  selector: 'tunas-essay-answer',
  imports: [QuestionReviewSummaryComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="field-label" [for]="inputId()">{{ 'questions.essay.answerLabel' | transloco }}</label>
    <textarea
      #field
      class="text-answer essay__text"
      rows="10"
      maxlength="100000"
      [id]="inputId()"
      [attr.aria-describedby]="hintId()"
      [value]="text()"
      [disabled]="readOnly()"
      (input)="type(field.value)"
    ></textarea>
    <p class="hint essay__count" [id]="hintId()">
      <span data-testid="essay-word-count">{{ 'questions.essay.wordCount' | transloco: { count: words() } }}</span>
      @if (limitKey(); as key) {
        <span> · {{ key | transloco: { min: view().minWords, max: view().maxWords } }}</span>
      }
      @if (outsideLimits()) {
        <strong data-testid="essay-outside-limits"> · {{ 'questions.essay.outsideLimits' | transloco }}</strong>
      }
    </p>
    @if (review(); as review) {
      <tunas-question-review-summary [state]="review.state" [feedback]="review.feedback" />
    }
  `,
  styles: [ANSWER_LAYOUT_STYLES, '.essay__text { max-width: 60rem; resize: vertical; }'],
})
export class EssayAnswerComponent implements QuestionAnswerComponent<EssayResponse, EssayView> {
  readonly questionId = input.required<string>();
  readonly view = input.required<EssayView>();
  readonly response = input<EssayResponse | null>(null);
  readonly readOnly = input(false);
  readonly review = input<QuestionReview<EssayResponse> | null>(null);
  readonly responseChange = output<EssayResponse>();

  /** A learner who has not written yet starts from the trainer's template. */
  protected readonly text = linkedSignal(() => this.response()?.text ?? this.view().responseTemplate);
  protected readonly words = computed(() => countWords(this.text()));
  protected readonly inputId = computed(() => `${this.questionId()}-answer`);
  protected readonly hintId = computed(() => `${this.questionId()}-count`);
  protected readonly limitKey = computed(() => {
    const { minWords, maxWords } = this.view();
    if (minWords !== null && maxWords !== null) return 'questions.essay.limitBetween';
    if (minWords !== null) return 'questions.essay.limitMin';
    if (maxWords !== null) return 'questions.essay.limitMax';
    return null;
  });
  protected readonly outsideLimits = computed(() => {
    const { minWords, maxWords } = this.view();
    const words = this.words();
    return words > 0 && ((minWords !== null && words < minWords) || (maxWords !== null && words > maxWords));
  });

  protected type(text: string): void {
    if (this.readOnly()) {
      return;
    }
    this.text.set(text);
    this.responseChange.emit({ text });
  }
}
