import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionAnswerComponent, QuestionReview } from '@tunas/portal/plugin-sdk';
import type { NumericalResponse, NumericalView } from '@tunas/plugins/questions/common';
import { ANSWER_LAYOUT_STYLES } from '../review/answer-layout.styles';
import { QuestionReviewSummaryComponent } from '../review/question-review-summary.component';
import { parseDecimal } from './parse-decimal.util';

/**
 * A number, kept as typed so that "3,5" reads as three and a half and a slip is shown back as it was
 * typed. The decimal keypad opens on phones; `type="number"` would refuse the Indonesian comma.
 */
@Component({
  selector: 'tunas-numerical-answer',
  imports: [QuestionReviewSummaryComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="field-label" [for]="inputId()">{{ 'questions.numerical.answerLabel' | transloco }}</label>
    <input
      #field
      class="text-answer text-answer--number"
      type="text"
      inputmode="decimal"
      autocomplete="off"
      maxlength="100"
      [id]="inputId()"
      [attr.aria-describedby]="hintId()"
      [attr.aria-invalid]="notANumber()"
      [value]="text()"
      [disabled]="readOnly()"
      (input)="type(field.value)"
    />
    <p class="hint" [id]="hintId()">
      @if (notANumber()) {
        <strong data-testid="numerical-not-a-number">{{ 'questions.numerical.notANumber' | transloco }}</strong>
      }
      {{ 'questions.numerical.hint' | transloco }}
    </p>
    @if (review(); as review) {
      <tunas-question-review-summary [state]="review.state" [feedback]="review.feedback" [rightAnswer]="rightAnswerLines()" format="text" />
    }
  `,
  styles: [ANSWER_LAYOUT_STYLES, '.text-answer--number { max-width: 16rem; }'],
})
export class NumericalAnswerComponent implements QuestionAnswerComponent<NumericalResponse, NumericalView> {
  readonly questionId = input.required<string>();
  readonly view = input.required<NumericalView>();
  readonly response = input<NumericalResponse | null>(null);
  readonly readOnly = input(false);
  readonly review = input<QuestionReview<NumericalResponse> | null>(null);
  readonly responseChange = output<NumericalResponse>();

  protected readonly text = linkedSignal(() => this.response()?.text ?? '');
  protected readonly inputId = computed(() => `${this.questionId()}-answer`);
  protected readonly hintId = computed(() => `${this.questionId()}-hint`);
  /** A hint, not a refusal: the server grades what was typed. */
  protected readonly notANumber = computed(() => this.text().trim() !== '' && parseDecimal(this.text()) === null);
  protected readonly rightAnswerLines = computed(() => {
    const right = this.review()?.rightAnswer;
    return right ? [right.text] : null;
  });

  protected type(text: string): void {
    if (this.readOnly()) {
      return;
    }
    this.text.set(text);
    this.responseChange.emit({ text });
  }
}
