import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivityContext } from '@tunas/portal/plugin-sdk';
import { type QuizLearnerContent, quizLearnerContent } from '@tunas/plugins/quiz/common';
import type { QuizSettings, QuizState } from '@tunas/shared/contracts';

/**
 * The quiz in the course player: what it asks of the learner and a link to its own pages, where attempts are
 * run. It never emits a state: only the quiz engine writes it.
 */
@Component({
  selector: 'tunas-quiz-view',
  imports: [MatButtonModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let quiz = summary();
    @if (quiz.intro) {
      <p class="quiz-view__intro" data-testid="quiz-view-intro">{{ quiz.intro }}</p>
    }
    <dl class="quiz-view__facts" data-testid="quiz-view-facts">
      <div>
        <dt>{{ 'plugins.quiz.questions' | transloco }}</dt>
        <dd>{{ quiz.questionCount }}</dd>
      </div>
      <div>
        <dt>{{ 'plugins.quiz.timeLimit' | transloco }}</dt>
        <dd>
          @if (quiz.timeLimitMinutes) {
            {{ 'plugins.quiz.minutes' | transloco: { count: quiz.timeLimitMinutes } }}
          } @else {
            {{ 'plugins.quiz.noTimeLimit' | transloco }}
          }
        </dd>
      </div>
      <div>
        <dt>{{ 'plugins.quiz.passingGrade' | transloco }}</dt>
        <dd>{{ quiz.passingGrade }}%</dd>
      </div>
      <div>
        <dt>{{ 'plugins.quiz.attempts' | transloco }}</dt>
        <dd>
          @if (quiz.attemptsAllowed) {
            {{ quiz.attemptsAllowed }}
          } @else {
            {{ 'plugins.quiz.unlimited' | transloco }}
          }
        </dd>
      </div>
    </dl>
    @if (state(); as progress) {
      @if (progress.awaitingGrading) {
        <p class="quiz-view__status" data-testid="quiz-view-status">{{ 'plugins.quiz.awaitingGrading' | transloco }}</p>
      } @else if (progress.grade !== null) {
        <p class="quiz-view__status" data-testid="quiz-view-status">
          {{ (progress.passed ? 'plugins.quiz.passed' : 'plugins.quiz.graded') | transloco: { grade: percent(progress.grade) } }}
        </p>
      }
    }
    @if (link(); as url) {
      <a mat-flat-button [routerLink]="url" data-testid="quiz-open">{{ 'plugins.quiz.open' | transloco }}</a>
    } @else {
      <p class="quiz-view__note">{{ 'plugins.quiz.previewOnly' | transloco }}</p>
    }
  `,
  styles: `
    :host { display: block; }
    .quiz-view__intro { margin: 0 0 12px; max-width: 72ch; white-space: pre-line; }
    .quiz-view__facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 8px; margin: 0 0 16px; }
    .quiz-view__facts div { padding: 8px 12px; border-radius: 8px; background: var(--mat-sys-surface-container); }
    .quiz-view__facts dt { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    .quiz-view__facts dd { margin: 0; font: var(--mat-sys-title-medium); }
    .quiz-view__status { margin: 0 0 12px; color: var(--mat-sys-primary); }
    .quiz-view__note { margin: 0; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class QuizViewComponent {
  /** What the server hands learners; full settings only where a host shows the stored content as it is. */
  readonly content = input.required<QuizLearnerContent | QuizSettings>();
  readonly state = input<QuizState | null>(null);
  readonly readOnly = input(false);
  readonly context = input<ActivityContext | null>(null);
  readonly stateChange = output<QuizState>();

  protected readonly summary = computed(() => {
    const content = this.content();
    return 'slots' in content ? quizLearnerContent(content) : content;
  });
  /** Read-only views (a draft preview, a locked module) have no quiz to open yet. */
  protected readonly link = computed(() => {
    const context = this.context();
    return !this.readOnly() && context?.courseId ? ['/kuis', context.courseId, context.activityId] : null;
  });

  protected percent(grade: number): number {
    return Math.round(grade * 1000) / 10;
  }
}
