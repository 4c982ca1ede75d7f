import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionAnswerComponent, QuestionReview } from '@tunas/portal/plugin-sdk';
import type { MatchingResponse, MatchingView } from '@tunas/plugins/questions/common';
import { ANSWER_LAYOUT_STYLES } from '../review/answer-layout.styles';
import { QuestionReviewSummaryComponent } from '../review/question-review-summary.component';
import { type ReviewMarkKind, ReviewMarkComponent } from '../review/review-mark.component';
import { htmlToText } from './html-to-text.util';

interface PromptRow {
  readonly id: string;
  readonly selectId: string;
  readonly text: string;
  readonly chosenId: string;
  readonly mark: ReviewMarkKind | null;
}

/**
 * One native select per prompt: the phone's own picker, the keyboard's own behaviour, and a label a screen
 * reader reads with it. Nothing to drag.
 */
@Component({
  selector: 'tunas-matching-answer',
  imports: [QuestionReviewSummaryComponent, ReviewMarkComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="matching">
      @for (prompt of rows(); track prompt.id) {
        <div class="matching__row">
          <label class="matching__prompt" [for]="prompt.selectId" [innerHTML]="prompt.text"></label>
          <div class="answer-row">
            <select
              #picker
              class="text-answer matching__select"
              [id]="prompt.selectId"
              [disabled]="readOnly()"
              (change)="match(prompt.id, picker.value)"
            >
              <option value="" [selected]="prompt.chosenId === ''">{{ 'questions.matching.choose' | transloco }}</option>
              @for (answer of answers(); track answer.id) {
                <option [value]="answer.id" [selected]="answer.id === prompt.chosenId">{{ answer.text }}</option>
              }
            </select>
            @if (prompt.mark; as mark) {
              <tunas-review-mark [kind]="mark" />
            }
          </div>
        </div>
      }
    </div>
    @if (review(); as review) {
      <tunas-question-review-summary [state]="review.state" [feedback]="review.feedback" [rightAnswer]="rightAnswerLines()" />
    }
  `,
  styles: [
    ANSWER_LAYOUT_STYLES,
    `
      .matching { display: flex; flex-direction: column; gap: 16px; }
      .matching__row { display: flex; flex-direction: column; gap: 4px; }
      .matching__prompt { font: var(--mat-sys-body-large); overflow-wrap: anywhere; }
      .matching__select { max-width: 100%; width: 24rem; }
    `,
  ],
})
export class MatchingAnswerComponent implements QuestionAnswerComponent<MatchingResponse, MatchingView> {
  readonly questionId = input.required<string>();
  readonly view = input.required<MatchingView>();
  readonly response = input<MatchingResponse | null>(null);
  readonly readOnly = input(false);
  readonly review = input<QuestionReview<MatchingResponse> | null>(null);
  readonly responseChange = output<MatchingResponse>();

  private readonly matches = linkedSignal<Record<string, string>>(() => ({ ...this.response()?.matches }));
  private readonly rightMatches = computed(() => this.review()?.rightAnswer?.matches ?? null);

  protected readonly answers = computed(() => this.view().answers.map((answer) => ({ id: answer.id, text: htmlToText(answer.text) })));

  protected readonly rows = computed<PromptRow[]>(() => {
    const matches = this.matches();
    const right = this.rightMatches();
    return this.view().prompts.map((prompt) => {
      const chosenId = matches[prompt.id] ?? '';
      return {
        id: prompt.id,
        selectId: `${this.questionId()}-match-${prompt.id}`,
        text: prompt.text,
        chosenId,
        mark: right === null ? null : chosenId !== '' && chosenId === right[prompt.id] ? 'correct' : 'incorrect',
      };
    });
  });

  protected readonly rightAnswerLines = computed(() => {
    const right = this.rightMatches();
    if (right === null) {
      return null;
    }
    const answerText = new Map(this.view().answers.map((answer) => [answer.id, answer.text]));
    return this.view().prompts.map((prompt) => `${prompt.text} → ${answerText.get(right[prompt.id] ?? '') ?? '—'}`);
  });

  protected match(promptId: string, answerId: string): void {
    if (this.readOnly()) {
      return;
    }
    const next = { ...this.matches() };
    if (answerId === '') {
      delete next[promptId];
    } else {
      next[promptId] = answerId;
    }
    this.matches.set(next);
    this.responseChange.emit({ matches: next });
  }
}
