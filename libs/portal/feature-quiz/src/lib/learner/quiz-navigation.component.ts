import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AttemptQuestion } from './quiz-attempt.store';

/**
 * A numbered button per question. Answered and flagged questions carry an icon and say so in their label,
 * so the state never rests on colour alone.
 */
@Component({
  selector: 'tunas-quiz-navigation',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="quiz-nav" data-testid="quiz-navigation">
      @for (question of questions(); track question.slot) {
        <li>
          <button
            type="button"
            class="quiz-nav__button"
            [class.quiz-nav__button--answered]="question.answered"
            [class.quiz-nav__button--current]="visibleSlots().includes(question.slot)"
            [attr.aria-current]="visibleSlots().includes(question.slot) ? 'step' : null"
            [attr.aria-label]="
              'quiz.nav.questionLabel'
                | transloco
                  : {
                      number: question.number,
                      state: (question.answered ? 'quiz.nav.answered' : 'quiz.nav.notAnswered') | transloco,
                      flag: question.flagged ? ('quiz.nav.flagged' | transloco) : '',
                    }
            "
            [attr.data-testid]="'quiz-nav-' + question.number"
            (click)="selectQuestion.emit(question.slot)"
          >
            <span class="quiz-nav__number">{{ question.number }}</span>
            <span class="quiz-nav__marks" aria-hidden="true">
              @if (question.answered) {
                <mat-icon svgIcon="check" class="quiz-nav__icon" />
              }
              @if (question.flagged) {
                <mat-icon svgIcon="quiz-flag" class="quiz-nav__icon quiz-nav__icon--flag" />
              }
            </span>
          </button>
        </li>
      }
    </ol>
    <p class="quiz-nav__legend">
      <span><mat-icon svgIcon="check" aria-hidden="true" class="quiz-nav__icon" /> {{ 'quiz.nav.legendAnswered' | transloco }}</span>
      <span><mat-icon svgIcon="quiz-flag" aria-hidden="true" class="quiz-nav__icon quiz-nav__icon--flag" /> {{ 'quiz.nav.legendFlagged' | transloco }}</span>
    </p>
  `,
  styles: `
    :host { display: block; }
    .quiz-nav { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(48px, 1fr)); gap: 8px; }
    .quiz-nav__button {
      position: relative; width: 100%; min-height: 48px; padding: 4px; border-radius: 8px; cursor: pointer;
      display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 0;
      border: 1px solid var(--mat-sys-outline); background: var(--mat-sys-surface); color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
    }
    .quiz-nav__button--answered { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .quiz-nav__button--current { outline: 3px solid var(--mat-sys-primary); outline-offset: 1px; font-weight: 700; }
    .quiz-nav__button:focus-visible { outline: 3px solid var(--mat-sys-primary); outline-offset: 3px; }
    .quiz-nav__marks { display: flex; gap: 2px; min-height: 14px; }
    .quiz-nav__icon { width: 14px; height: 14px; vertical-align: middle; }
    .quiz-nav__icon--flag { color: var(--mat-sys-error); }
    .quiz-nav__legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 12px 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class QuizNavigationComponent {
  readonly questions = input.required<readonly AttemptQuestion[]>();
  /** The questions on screen now. */
  readonly visibleSlots = input.required<readonly number[]>();
  readonly selectQuestion = output<number>();
}
