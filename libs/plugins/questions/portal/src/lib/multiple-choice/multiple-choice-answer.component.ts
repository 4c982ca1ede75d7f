import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionAnswerComponent, QuestionReview } from '@tunas/portal/plugin-sdk';
import type { MultipleChoiceResponse, MultipleChoiceView } from '@tunas/plugins/questions/common';
import { ANSWER_LAYOUT_STYLES } from '../review/answer-layout.styles';
import { QuestionReviewSummaryComponent } from '../review/question-review-summary.component';
import { type ReviewMarkKind, ReviewMarkComponent } from '../review/review-mark.component';
import { choiceNumber } from './answer-numbering.util';

interface ChoiceRow {
  readonly id: string;
  readonly inputId: string;
  readonly number: string;
  readonly text: string;
  readonly chosen: boolean;
  /** In a review that gives the right answer: whether this choice was right to choose (or to leave). */
  readonly mark: ReviewMarkKind | null;
}

/** Radio buttons for one answer, check boxes for several; choice texts are sanitised HTML from the server. */
@Component({
  selector: 'tunas-multiple-choice-answer',
  imports: [QuestionReviewSummaryComponent, ReviewMarkComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="choices">
      <legend class="cdk-visually-hidden">
        {{ (view().single ? 'questions.multipleChoice.chooseOne' : 'questions.multipleChoice.chooseMany') | transloco }}
      </legend>
      @for (choice of rows(); track choice.id) {
        <div class="choice" [class.choice--chosen]="choice.chosen">
          <input
            #box
            class="choice__input"
            [type]="view().single ? 'radio' : 'checkbox'"
            [id]="choice.inputId"
            [name]="questionId() + '-choice'"
            [value]="choice.id"
            [checked]="choice.chosen"
            [disabled]="readOnly()"
            (change)="choose(choice.id, box.checked)"
          />
          <label class="choice__label" [for]="choice.inputId">
            @if (choice.number) {
              <span class="choice__number">{{ choice.number }}</span>
            }
            <span class="choice__text" [innerHTML]="choice.text"></span>
          </label>
          @if (review() && choice.chosen) {
            <span class="choice__chosen">{{ 'questions.review.yourChoice' | transloco }}</span>
          }
          @if (choice.mark; as mark) {
            <tunas-review-mark class="choice__mark" [kind]="mark" />
          }
        </div>
      }
    </fieldset>
    @if (review(); as review) {
      <tunas-question-review-summary [state]="review.state" [feedback]="review.feedback" [rightAnswer]="rightAnswerLines()" />
    }
  `,
  styles: [ANSWER_LAYOUT_STYLES, '.choice__number { flex: none; white-space: nowrap; font-weight: 600; margin-inline-end: 8px; }'],
})
export class MultipleChoiceAnswerComponent implements QuestionAnswerComponent<MultipleChoiceResponse, MultipleChoiceView> {
  readonly questionId = input.required<string>();
  readonly view = input.required<MultipleChoiceView>();
  readonly response = input<MultipleChoiceResponse | null>(null);
  readonly readOnly = input(false);
  readonly review = input<QuestionReview<MultipleChoiceResponse> | null>(null);
  readonly responseChange = output<MultipleChoiceResponse>();

  private readonly chosenIds = linkedSignal(() => this.response()?.choiceIds ?? []);
  private readonly rightIds = computed(() => this.review()?.rightAnswer?.choiceIds ?? null);

  protected readonly rows = computed<ChoiceRow[]>(() => {
    const { answerNumbering, choices } = this.view();
    const chosen = this.chosenIds();
    const right = this.rightIds();
    return choices.map((choice, index) => {
      const isChosen = chosen.includes(choice.id);
      const isRight = right?.includes(choice.id) ?? false;
      return {
        id: choice.id,
        inputId: `${this.questionId()}-choice-${choice.id}`,
        number: choiceNumber(answerNumbering, index),
        text: choice.text,
        chosen: isChosen,
        mark: right === null ? null : isChosen ? (isRight ? 'correct' : 'incorrect') : isRight ? 'rightAnswer' : null,
      };
    });
  });

  protected readonly rightAnswerLines = computed(() => {
    const right = this.rightIds();
    if (right === null) {
      return null;
    }
    return this.rows()
      .filter((row) => right.includes(row.id))
      .map((row) => (row.number ? `${row.number} ${row.text}` : row.text));
  });

  protected choose(choiceId: string, checked: boolean): void {
    if (this.readOnly()) {
      return;
    }
    const current = this.chosenIds();
    const next = this.view().single
      ? [choiceId]
      : checked
        ? [...current.filter((id) => id !== choiceId), choiceId]
        : current.filter((id) => id !== choiceId);
    this.chosenIds.set(next);
    this.responseChange.emit({ choiceIds: next });
  }
}
