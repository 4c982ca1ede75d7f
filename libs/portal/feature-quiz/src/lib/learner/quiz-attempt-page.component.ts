import { ChangeDetectionStrategy, Component, DestroyRef, Injector, afterNextRender, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorAlertComponent } from '@tunas/portal/ui';
import { firstValueFrom } from 'rxjs';
import { QuestionAnswerHostComponent } from './question-answer-host.component';
import { type SubmitProblem, QuizAttemptStore } from './quiz-attempt.store';
import { dueWarning, formatRemaining, remainingMs } from './quiz-clock.util';
import { QuizNavigationComponent } from './quiz-navigation.component';
import { QuizSaveStatusComponent } from './quiz-save-status.component';
import { type QuizSubmitDialogData, QuizSubmitDialogComponent } from './quiz-submit-dialog.component';

/** How often the attempt is loaded again after the time ran out, until the server has submitted it. */
const TIME_UP_RELOAD_MS = 2_000;

/**
 * `/kuis/percobaan/:attemptId`: answering an attempt, phone first. One page of questions at a time (or all),
 * a numbered navigation panel, flags, a countdown on the server's clock, and where every answer is saved.
 */
@Component({
  selector: 'tunas-quiz-attempt-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlertComponent,
    QuestionAnswerHostComponent,
    QuizNavigationComponent,
    QuizSaveStatusComponent,
  ],
  providers: [QuizAttemptStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz-attempt-page.component.html',
  styleUrl: './quiz-attempt-page.component.scss',
})
export class QuizAttemptPageComponent {
  private readonly store = inject(QuizAttemptStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  /** Route parameter. */
  readonly attemptId = input.required<string>();

  protected readonly attempt = this.store.attempt;
  protected readonly loadError = this.store.loadError;
  protected readonly loading = computed(() => this.store.status() === 'loading');
  protected readonly questions = this.store.questions;
  protected readonly saveStatus = this.store.saveStatus;
  protected readonly submitting = this.store.submitting;
  protected readonly submitProblem = signal<SubmitProblem | null>(null);

  protected readonly page = signal(0);
  protected readonly showAll = signal(false);
  protected readonly pageCount = computed(() => Math.max(1, this.attempt()?.pageCount ?? 1));
  protected readonly paged = computed(() => this.pageCount() > 1);
  protected readonly visibleQuestions = computed(() =>
    this.showAll() || !this.paged() ? this.questions() : this.questions().filter((question) => question.page === this.page()),
  );
  protected readonly visibleSlots = computed(() => this.visibleQuestions().map((question) => question.slot));
  protected readonly isFirstPage = computed(() => this.page() === 0);
  protected readonly isLastPage = computed(() => this.page() >= this.pageCount() - 1);
  protected readonly questionCount = computed(() => this.questions().length);
  protected readonly answeredCount = computed(() => this.questions().filter((question) => question.answered).length);

  private readonly now = signal(Date.now());
  protected readonly remaining = computed(() => {
    const attempt = this.attempt();
    const clock = this.store.clock();
    return attempt?.deadlineAt && clock && attempt.status === 'IN_PROGRESS' ? remainingMs(attempt.deadlineAt, clock, this.now()) : null;
  });
  protected readonly remainingText = computed(() => {
    const remaining = this.remaining();
    return remaining === null ? '' : formatRemaining(remaining);
  });
  protected readonly lowTime = computed(() => (this.remaining() ?? Infinity) <= 5 * 60_000);
  /** Read out by screen readers: time warnings and the end of the attempt. */
  protected readonly announcement = signal<{ key: string; params?: Record<string, number> } | null>(null);
  protected readonly timeUp = signal(false);
  protected readonly ended = this.store.ended;

  constructor() {
    effect(() => {
      const attemptId = this.attemptId();
      untracked(() => {
        this.page.set(0);
        void this.store.load(attemptId);
      });
    });
    // A submitted attempt has nothing to answer: its review is the page to see.
    effect(() => {
      const attempt = this.attempt();
      if (attempt && attempt.status !== 'IN_PROGRESS') {
        untracked(() => void this.router.navigate(['/kuis/tinjau', attempt.id], { replaceUrl: true }));
      }
    });
    const ticker = setInterval(() => this.now.set(Date.now()), 1_000);
    inject(DestroyRef).onDestroy(() => clearInterval(ticker));
    let warned: number | null = null;
    effect(() => {
      const remaining = this.remaining();
      if (remaining === null) {
        return;
      }
      const warning = dueWarning(remaining);
      if (warning !== null && warning !== warned) {
        warned = warning;
        untracked(() => this.announcement.set({ key: 'quiz.timer.warning', params: { minutes: warning } }));
      }
      if (remaining === 0) {
        untracked(() => this.onTimeUp());
      }
    });
    // The server refused answers because time ran out (or the attempt was submitted elsewhere).
    effect(() => {
      const reason = this.ended();
      if (reason) {
        untracked(() => this.onTimeUp(reason === 'closed' ? 'quiz.attempt.closedElsewhere' : 'quiz.timer.timeUp'));
      }
    });
  }

  protected answer(slot: number, response: unknown): void {
    this.store.answer(slot, response);
  }

  protected toggleFlag(slot: number): void {
    this.store.toggleFlag(slot);
  }

  protected goToPage(page: number): void {
    this.page.set(Math.min(Math.max(0, page), this.pageCount() - 1));
    this.focusQuestion(this.visibleQuestions()[0]?.slot);
  }

  protected goToQuestion(slot: number): void {
    const question = this.questions().find((candidate) => candidate.slot === slot);
    if (!question) {
      return;
    }
    if (!this.showAll()) {
      this.page.set(question.page);
    }
    this.focusQuestion(slot);
  }

  protected toggleShowAll(showAll: boolean): void {
    const first = this.visibleQuestions()[0]?.slot;
    this.showAll.set(showAll);
    const question = this.questions().find((candidate) => candidate.slot === first);
    if (!showAll && question) {
      this.page.set(question.page);
    }
  }

  protected async confirmSubmit(): Promise<void> {
    const questions = this.questions();
    const data: QuizSubmitDialogData = {
      unanswered: questions.filter((question) => !question.answered).map((question) => question.number),
      flagged: questions.filter((question) => question.flagged).map((question) => question.number),
    };
    const confirmed = await firstValueFrom(
      this.dialog.open<QuizSubmitDialogComponent, QuizSubmitDialogData, boolean>(QuizSubmitDialogComponent, { data, maxWidth: '560px' }).afterClosed(),
    );
    if (!confirmed) {
      return;
    }
    this.submitProblem.set(null);
    const problem = await this.store.submit();
    if (problem) {
      this.submitProblem.set(problem);
      return;
    }
    const attempt = this.attempt();
    if (attempt && !this.ended()) {
      await this.router.navigate(['/kuis/tinjau', attempt.id]);
    }
  }

  private focusQuestion(slot: number | undefined): void {
    if (slot === undefined) {
      return;
    }
    afterNextRender(
      () => {
        const heading = document.getElementById(`question-heading-${slot}`);
        heading?.focus();
        heading?.scrollIntoView({ block: 'start' });
      },
      { injector: this.injector },
    );
  }

  /** Time is up: say so, and wait for the server's own submission before opening the review. */
  private onTimeUp(key = 'quiz.timer.timeUp'): void {
    if (this.timeUp()) {
      return;
    }
    this.timeUp.set(true);
    this.announcement.set({ key });
    const attemptId = this.attempt()?.id;
    const poll = async (): Promise<void> => {
      if ((await this.store.reload()) && attemptId) {
        await this.router.navigate(['/kuis/tinjau', attemptId], { replaceUrl: true });
      } else if (this.router.url.includes(`/percobaan/${attemptId}`)) {
        setTimeout(() => void poll(), TIME_UP_RELOAD_MS);
      }
    };
    setTimeout(() => void poll(), TIME_UP_RELOAD_MS);
  }
}
