import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionAnswerComponent, QuestionReview } from '@tunas/portal/plugin-sdk';
import type { ShortAnswerResponse, ShortAnswerView } from '@tunas/plugins/questions/common';
import { ANSWER_LAYOUT_STYLES } from '../review/answer-layout.styles';
import { QuestionReviewSummaryComponent } from '../review/question-review-summary.component';

/** One line of text, as typed. */
@Component({
  selector: 'tunas-short-answer-answer',
  imports: [QuestionReviewSummaryComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="field-label" [for]="inputId()">{{ 'questions.shortAnswer.answerLabel' | transloco }}</label>
    <input
      #field
      class="text-answer"
      type="text"
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      maxlength="1000"
      [id]="inputId()"
      [value]="text()"
      [disabled]="readOnly()"
      (input)="type(field.value)"
    />
    @if (review(); as review) {
      <tunas-question-review-summary [state]="review.state" [feedback]="review.feedback" [rightAnswer]="rightAnswerLines()" format="text" />
    }
  `,
  styles: [ANSWER_LAYOUT_STYLES],
})
export class ShortAnswerAnswerComponent implements QuestionAnswerComponent<ShortAnswerResponse, ShortAnswerView> {
  readonly questionId = input.required<string>();
  readonly view = input.required<ShortAnswerView>();
  readonly response = input<ShortAnswerResponse | null>(null);
  readonly readOnly = input(false);
  readonly review = input<QuestionReview<ShortAnswerResponse> | null>(null);
  readonly responseChange = output<ShortAnswerResponse>();

  protected readonly text = linkedSignal(() => this.response()?.text ?? '');
  protected readonly inputId = computed(() => `${this.questionId()}-answer`);
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
