import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionAnswerComponent, QuestionReview } from '@tunas/portal/plugin-sdk';
import type { TrueFalseResponse, TrueFalseView } from '@tunas/plugins/questions/common';
import { ANSWER_LAYOUT_STYLES } from '../review/answer-layout.styles';
import { QuestionReviewSummaryComponent } from '../review/question-review-summary.component';
import { type ReviewMarkKind, ReviewMarkComponent } from '../review/review-mark.component';

interface ValueRow {
  readonly value: boolean;
  readonly inputId: string;
  readonly labelKey: string;
  readonly chosen: boolean;
  readonly mark: ReviewMarkKind | null;
}

/** Two radio buttons, Benar and Salah. */
@Component({
  selector: 'tunas-true-false-answer',
  imports: [QuestionReviewSummaryComponent, ReviewMarkComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="choices">
      <legend class="cdk-visually-hidden">{{ 'questions.trueFalse.legend' | transloco }}</legend>
      @for (row of rows(); track row.value) {
        <div class="choice" [class.choice--chosen]="row.chosen">
          <input
            class="choice__input"
            type="radio"
            [id]="row.inputId"
            [name]="questionId() + '-value'"
            [value]="row.value"
            [checked]="row.chosen"
            [disabled]="readOnly()"
            (change)="choose(row.value)"
          />
          <label class="choice__label" [for]="row.inputId">{{ row.labelKey | transloco }}</label>
          @if (review() && row.chosen) {
            <span class="choice__chosen">{{ 'questions.review.yourChoice' | transloco }}</span>
          }
          @if (row.mark; as mark) {
            <tunas-review-mark [kind]="mark" />
          }
        </div>
      }
    </fieldset>
    @if (review(); as review) {
      <tunas-question-review-summary [state]="review.state" [feedback]="review.feedback" [rightAnswer]="rightAnswerLines()" format="key" />
    }
  `,
  styles: [ANSWER_LAYOUT_STYLES],
})
export class TrueFalseAnswerComponent implements QuestionAnswerComponent<TrueFalseResponse, TrueFalseView> {
  readonly questionId = input.required<string>();
  readonly view = input.required<TrueFalseView>();
  readonly response = input<TrueFalseResponse | null>(null);
  readonly readOnly = input(false);
  readonly review = input<QuestionReview<TrueFalseResponse> | null>(null);
  readonly responseChange = output<TrueFalseResponse>();

  private readonly chosen = linkedSignal(() => this.response()?.value ?? null);
  private readonly rightValue = computed(() => this.review()?.rightAnswer?.value ?? null);

  protected readonly rows = computed<ValueRow[]>(() =>
    [true, false].map((value) => {
      const chosen = this.chosen() === value;
      const right = this.rightValue();
      return {
        value,
        inputId: `${this.questionId()}-${value}`,
        labelKey: value ? 'questions.trueFalse.true' : 'questions.trueFalse.false',
        chosen,
        mark: right === null ? null : chosen ? (value === right ? 'correct' : 'incorrect') : value === right ? 'rightAnswer' : null,
      };
    }),
  );

  protected readonly rightAnswerLines = computed(() => {
    const right = this.rightValue();
    return right === null ? null : [right ? 'questions.trueFalse.true' : 'questions.trueFalse.false'];
  });

  protected choose(value: boolean): void {
    if (this.readOnly()) {
      return;
    }
    this.chosen.set(value);
    this.responseChange.emit({ value });
  }
}
