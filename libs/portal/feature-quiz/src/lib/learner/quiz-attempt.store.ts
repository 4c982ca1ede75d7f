import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { type AnswerSaveStatus, type QuizAttempt, QuizAnswerOutbox, QuizLearnerApi } from '@tunas/portal/data-access/quiz';
import { QuestionUiRegistry } from '@tunas/portal/plugin-sdk';
import { filter } from 'rxjs';
import { type ServerClock, serverClock } from './quiz-clock.util';

/** One question as the attempt page shows it. */
export interface AttemptQuestion {
  readonly slot: number;
  /** 1-based, as learners count. */
  readonly number: number;
  readonly page: number;
  readonly type: string;
  readonly html: string;
  readonly maxMark: number;
  readonly view: unknown;
  readonly response: unknown;
  readonly answered: boolean;
  readonly flagged: boolean;
  readonly saveStatus: AnswerSaveStatus | null;
  readonly saveError: PortalError | null;
}

type AttemptState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: PortalError }
  | {
      readonly status: 'ready';
      readonly attempt: QuizAttempt;
      readonly clock: ServerClock;
      readonly responses: ReadonlyMap<number, unknown>;
      readonly flags: ReadonlyMap<number, boolean>;
    };

/** Why submitting did not happen. */
export type SubmitProblem = { readonly kind: 'offline' } | { readonly kind: 'failed'; readonly error: PortalError };

/**
 * One attempt being answered on this page: the server's attempt with the answers and flags given here on
 * top. Every change goes to the answer outbox, which keeps it on the device until the server has it.
 */
@Injectable()
export class QuizAttemptStore {
  private readonly api = inject(QuizLearnerApi);
  private readonly outbox = inject(QuizAnswerOutbox);
  private readonly registry = inject(QuestionUiRegistry);
  private readonly state = signal<AttemptState>({ status: 'loading' });

  readonly status = computed(() => this.state().status);
  readonly loadError = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.error : null;
  });
  readonly attempt = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.attempt : null;
  });
  readonly clock = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.clock : null;
  });
  readonly questions = computed<AttemptQuestion[]>(() => {
    const state = this.state();
    if (state.status !== 'ready') {
      return [];
    }
    const attemptId = state.attempt.id;
    return state.attempt.slots.map((slot, index) => {
      const local = state.responses.has(slot.slot);
      const response = local ? state.responses.get(slot.slot) : slot.response;
      return {
        slot: slot.slot,
        number: index + 1,
        page: slot.page,
        type: slot.type,
        html: slot.html,
        maxMark: slot.maxMark,
        view: slot.view,
        response: response ?? null,
        answered: local ? response !== null && response !== undefined : slot.answered,
        flagged: state.flags.get(slot.slot) ?? slot.flagged,
        saveStatus: this.outbox.slotStatus(attemptId, slot.slot),
        saveError: this.outbox.slotError(attemptId, slot.slot),
      };
    });
  });
  readonly saveStatus = computed(() => {
    const attempt = this.attempt();
    return attempt ? this.outbox.attemptStatus(attempt.id) : null;
  });
  /** The attempt ended while it was open here (time up, or submitted elsewhere): the page goes to the review. */
  readonly ended = signal<'timeUp' | 'closed' | null>(null);
  readonly submitting = signal(false);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.outbox.ended$
      .pipe(
        filter((event) => event.attemptId === this.attempt()?.id),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((event) => this.ended.set(event.reason));
  }

  async load(attemptId: string): Promise<void> {
    this.state.set({ status: 'loading' });
    this.ended.set(null);
    try {
      await this.apply(await this.api.attempt(attemptId));
    } catch (error) {
      this.state.set({ status: 'failed', error: toPortalError(error) });
    }
  }

  /** Loads the attempt again (the server submits it by itself once time is up); true once it is submitted. */
  async reload(): Promise<boolean> {
    const attempt = this.attempt();
    if (!attempt) {
      return false;
    }
    try {
      const fresh = await this.api.attempt(attempt.id);
      if (fresh.status !== 'IN_PROGRESS') {
        await this.outbox.forget(fresh.id);
        return true;
      }
      return false;
    } catch {
      return false;
    }
  }

  answer(slot: number, response: unknown): void {
    const attempt = this.attempt();
    if (!attempt || this.ended()) {
      return;
    }
    this.updateReady((state) => ({ ...state, responses: new Map(state.responses).set(slot, response) }));
    void this.outbox.answer(attempt.id, slot, response);
  }

  toggleFlag(slot: number): void {
    const attempt = this.attempt();
    const question = this.questions().find((candidate) => candidate.slot === slot);
    if (!attempt || !question || this.ended()) {
      return;
    }
    const flagged = !question.flagged;
    this.updateReady((state) => ({ ...state, flags: new Map(state.flags).set(slot, flagged) }));
    void this.outbox.flag(attempt.id, slot, flagged);
  }

  /**
   * Hands the attempt in: what waits on the device is sent first (and again with the submission, in case
   * that request failed). Needs a connection; answers stay on the device when there is none.
   */
  async submit(): Promise<SubmitProblem | null> {
    const attempt = this.attempt();
    if (!attempt) {
      return null;
    }
    if (!this.outbox.isOnline()) {
      return { kind: 'offline' };
    }
    this.submitting.set(true);
    try {
      await this.outbox.flush(attempt.id);
      if (this.ended()) {
        return null;
      }
      await this.api.submit(attempt.id, await this.outbox.pendingAnswers(attempt.id));
      await this.outbox.forget(attempt.id);
      return null;
    } catch (error) {
      const portalError = toPortalError(error);
      return portalError.code === 'NETWORK_ERROR' ? { kind: 'offline' } : { kind: 'failed', error: portalError };
    } finally {
      this.submitting.set(false);
    }
  }

  private async apply(attempt: QuizAttempt): Promise<void> {
    const clock = serverClock(attempt.serverNow);
    if (attempt.status !== 'IN_PROGRESS') {
      await this.outbox.forget(attempt.id);
      this.state.set({ status: 'ready', attempt, clock, responses: new Map(), flags: new Map() });
      return;
    }
    this.preloadQuestionTypes(attempt);
    // Answers still on this device and newer than the server's win; the outbox sends them again.
    const restored = await this.outbox.restore(attempt.id, attempt.slots);
    this.state.set({ status: 'ready', attempt, clock, responses: restored.responses, flags: restored.flags });
  }

  /**
   * Fetches the code of every question type in the attempt now, while online: a learner who loses the
   * connection halfway can still open the questions further on.
   */
  private preloadQuestionTypes(attempt: QuizAttempt): void {
    for (const type of new Set(attempt.slots.map((slot) => slot.type))) {
      if (this.registry.has(type)) {
        this.registry
          .get(type)
          .loadAnswer()
          .catch(() => undefined);
      }
    }
  }

  private updateReady(change: (state: Extract<AttemptState, { status: 'ready' }>) => AttemptState): void {
    this.state.update((state) => (state.status === 'ready' ? change(state) : state));
  }
}
