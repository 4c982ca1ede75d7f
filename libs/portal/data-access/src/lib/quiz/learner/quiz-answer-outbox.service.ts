import { DOCUMENT, DestroyRef, Injectable, inject, signal } from '@angular/core';
import { Subject } from 'rxjs';
import { AuthStore } from '../../auth/auth.store';
import type { ErrorCode } from '../../errors/error-catalogue';
import { type PortalError, toPortalError } from '../../errors/portal-error.mapper';
import type { AnswerInput } from '../../generated/quiz.graphql';
import { QuizLearnerApi, type SavedQuizAnswers } from './quiz-learner.api';
import { QUIZ_ANSWER_OUTBOX_STORE, type PendingAnswer, type PendingFlag } from './quiz-answer-outbox.store';

/**
 * Where a question's latest answer is: stored by the server, on its way, kept on this device until the
 * connection is back, or refused by the server.
 */
export type AnswerSaveStatus = 'saved' | 'saving' | 'device' | 'error';

/** Why an attempt stopped taking answers: its time ran out, or it was already submitted elsewhere. */
export interface AttemptEnded {
  readonly attemptId: string;
  readonly reason: 'timeUp' | 'closed';
}

export interface RejectedAnswer {
  readonly attemptId: string;
  readonly slot: number;
  readonly error: PortalError;
}

/** Answers and flags kept on the device that are newer than what the server sent. */
export interface RestoredChanges {
  readonly responses: ReadonlyMap<number, unknown>;
  readonly flags: ReadonlyMap<number, boolean>;
}

/** A question as the server sent it: enough to number the next change and to know what is newer. */
export interface StoredSlot {
  readonly slot: number;
  readonly sequence: number;
}

interface SlotSave {
  /** The sequence the server has stored. */
  readonly stored: number;
  /** The sequence of the latest change on this device. */
  readonly local: number;
  readonly touched: boolean;
  readonly error: PortalError | null;
}

interface AttemptSave {
  readonly slots: ReadonlyMap<number, SlotSave>;
  readonly flagsPending: ReadonlySet<number>;
  /** What the pending changes are waiting for: a request in flight, or the connection. */
  readonly waiting: 'saving' | 'device';
}

const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'NETWORK_ERROR',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'TOO_MANY_REQUESTS',
  'UNAUTHENTICATED',
  'UNKNOWN',
]);
export const ANSWER_DEBOUNCE_MS = 800;
const FIRST_RETRY_MS = 2_000;
const LAST_RETRY_MS = 60_000;
const NO_SLOT: SlotSave = { stored: 0, local: 0, touched: false, error: null };

/**
 * Every answer a learner gives goes through here. Each change to a question gets the next sequence number,
 * is written to IndexedDB, and only then sent (debounced, one request per attempt for all its waiting
 * changes). The server keeps the newest sequence per question, so a retried or late request never
 * overwrites a newer answer; an entry is forgotten once the server has stored its sequence or a newer one.
 */
@Injectable({ providedIn: 'root' })
export class QuizAnswerOutbox {
  private readonly store = inject(QUIZ_ANSWER_OUTBOX_STORE);
  private readonly api = inject(QuizLearnerApi);
  private readonly auth = inject(AuthStore);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly state = signal<ReadonlyMap<string, AttemptSave>>(new Map());
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly retryDelays = new Map<string, number>();
  private readonly flushing = new Map<string, Promise<void>>();
  private readonly endedEvents = new Subject<AttemptEnded>();
  private readonly rejectedEvents = new Subject<RejectedAnswer>();

  /** The server ended the attempt: its pending answers are dropped (the server kept what it had). */
  readonly ended$ = this.endedEvents.asObservable();
  /** An answer the server refused as invalid (it is dropped). */
  readonly rejected$ = this.rejectedEvents.asObservable();

  constructor() {
    this.auth.registerSignOutTask((userId) => this.signOut(userId));
    this.window?.addEventListener('online', this.onOnline);
    this.window?.addEventListener('offline', this.onOffline);
    inject(DestroyRef).onDestroy(() => {
      this.timers.forEach((timer) => clearTimeout(timer));
      this.window?.removeEventListener('online', this.onOnline);
      this.window?.removeEventListener('offline', this.onOffline);
    });
  }

  slotStatus(attemptId: string, slot: number): AnswerSaveStatus | null {
    const attempt = this.state().get(attemptId);
    return attempt ? statusOf(attempt, attempt.slots.get(slot) ?? NO_SLOT) : null;
  }

  slotError(attemptId: string, slot: number): PortalError | null {
    return this.state().get(attemptId)?.slots.get(slot)?.error ?? null;
  }

  /** The least settled status over the attempt's questions and flags. */
  attemptStatus(attemptId: string): AnswerSaveStatus | null {
    const attempt = this.state().get(attemptId);
    if (!attempt) {
      return null;
    }
    const statuses = new Set([...attempt.slots.values()].map((slot) => statusOf(attempt, slot)));
    if (attempt.flagsPending.size) {
      statuses.add(attempt.waiting);
    }
    return (['error', 'device', 'saving', 'saved'] as const).find((status) => statuses.has(status)) ?? null;
  }

  /** Whether any change of the attempt is still only on this device. */
  hasPending(attemptId: string): boolean {
    const attempt = this.state().get(attemptId);
    return !!attempt && (attempt.flagsPending.size > 0 || [...attempt.slots.values()].some((slot) => slot.local > slot.stored));
  }

  /**
   * Starts tracking an attempt as the server sent it, and returns the changes this device still holds
   * that are newer (they win over the server's, and are sent again). Older ones are forgotten.
   */
  async restore(attemptId: string, serverSlots: readonly StoredSlot[]): Promise<RestoredChanges> {
    const pending = await this.store.pendingFor(attemptId);
    const stored = new Map(serverSlots.map((slot) => [slot.slot, slot.sequence]));
    const responses = new Map<number, unknown>();
    const slots = new Map<number, SlotSave>(serverSlots.map((slot) => [slot.slot, { ...NO_SLOT, stored: slot.sequence, local: slot.sequence }]));
    for (const answer of pending.answers) {
      const serverSequence = stored.get(answer.slot) ?? 0;
      if (answer.sequence > serverSequence) {
        responses.set(answer.slot, answer.response);
        slots.set(answer.slot, { stored: serverSequence, local: answer.sequence, touched: true, error: null });
      } else {
        await this.store.removeAnswerUpTo(attemptId, answer.slot, serverSequence);
      }
    }
    const flags = new Map(pending.flags.map((flag) => [flag.slot, flag.flagged]));
    this.setAttempt(attemptId, () => ({ slots, flagsPending: new Set(flags.keys()), waiting: this.isOnline() ? 'saving' : 'device' }));
    if (responses.size || flags.size) {
      void this.flush(attemptId);
    }
    return { responses, flags };
  }

  /** Keeps a new response on the device, then sends it shortly. Resolves once it is stored locally. */
  async answer(attemptId: string, slot: number, response: unknown): Promise<void> {
    const userId = this.requireUser();
    const current = this.state().get(attemptId)?.slots.get(slot) ?? NO_SLOT;
    const sequence = Math.max(current.stored, current.local) + 1;
    this.updateSlot(attemptId, slot, (save) => ({ ...save, local: sequence, touched: true, error: null }));
    if (!this.isOnline()) {
      this.setAttempt(attemptId, (attempt) => ({ ...attempt, waiting: 'device' }));
    }
    await this.store.putAnswer({ userId, attemptId, slot, sequence, response });
    this.schedule(attemptId, ANSWER_DEBOUNCE_MS);
  }

  /** Keeps a flag change on the device, then sends it with the next answers. */
  async flag(attemptId: string, slot: number, flagged: boolean): Promise<void> {
    const userId = this.requireUser();
    this.setAttempt(attemptId, (attempt) => ({ ...attempt, flagsPending: new Set([...attempt.flagsPending, slot]) }));
    await this.store.putFlag({ userId, attemptId, slot, flagged });
    this.schedule(attemptId, ANSWER_DEBOUNCE_MS);
  }

  /** The answers still on this device, to hand in with the submission. */
  async pendingAnswers(attemptId: string): Promise<AnswerInput[]> {
    return (await this.store.pendingFor(attemptId)).answers.map(toAnswerInput);
  }

  /** Sends what waits for the attempt now; resolves when that request (and any running one) is done. */
  async flush(attemptId: string): Promise<void> {
    clearTimeout(this.timers.get(attemptId));
    while (this.flushing.has(attemptId)) {
      await this.flushing.get(attemptId);
    }
    const run = this.sendPending(attemptId).finally(() => this.flushing.delete(attemptId));
    this.flushing.set(attemptId, run);
    return run;
  }

  /** Forgets the attempt (submitted): nothing of it stays on the device. */
  async forget(attemptId: string): Promise<void> {
    clearTimeout(this.timers.get(attemptId));
    this.retryDelays.delete(attemptId);
    await this.store.clearAttempt(attemptId);
    this.state.update((current) => {
      const next = new Map(current);
      next.delete(attemptId);
      return next;
    });
  }

  isOnline(): boolean {
    return this.window?.navigator.onLine !== false;
  }

  private readonly onOnline = (): void => {
    for (const attemptId of this.state().keys()) {
      this.retryDelays.delete(attemptId);
      this.setAttempt(attemptId, (attempt) => ({ ...attempt, waiting: 'saving' }));
      void this.flush(attemptId);
    }
  };

  private readonly onOffline = (): void => {
    for (const attemptId of this.state().keys()) {
      this.setAttempt(attemptId, (attempt) => ({ ...attempt, waiting: 'device' }));
    }
  };

  private async sendPending(attemptId: string): Promise<void> {
    if (!this.auth.user()) {
      return;
    }
    if (!this.isOnline()) {
      // The `online` event sends them.
      this.setAttempt(attemptId, (attempt) => ({ ...attempt, waiting: 'device' }));
      return;
    }
    const { answers, flags } = await this.store.pendingFor(attemptId);
    if (!answers.length && !flags.length) {
      return;
    }
    this.setAttempt(attemptId, (attempt) => ({ ...attempt, waiting: 'saving' }));
    try {
      await this.acknowledge(attemptId, await this.api.save(attemptId, answers.map(toAnswerInput), flags.map(toFlagInput)), flags);
      this.retryDelays.delete(attemptId);
    } catch (error) {
      await this.failed(attemptId, toPortalError(error), answers, flags);
    }
  }

  private async acknowledge(attemptId: string, result: SavedQuizAnswers, flags: readonly PendingFlag[]): Promise<void> {
    if (result.timeUp) {
      await this.end(attemptId, 'timeUp');
      return;
    }
    for (const saved of result.saved) {
      await this.store.removeAnswerUpTo(attemptId, saved.slot, saved.sequence);
      this.updateSlot(attemptId, saved.slot, (save) => ({ ...save, stored: Math.max(save.stored, saved.sequence) }));
    }
    for (const flag of flags) {
      await this.store.removeFlag(attemptId, flag.slot, flag.flagged);
    }
    const stillFlagged = new Set((await this.store.pendingFor(attemptId)).flags.map((flag) => flag.slot));
    this.setAttempt(attemptId, (attempt) => ({ ...attempt, flagsPending: stillFlagged }));
  }

  private async failed(attemptId: string, error: PortalError, answers: readonly PendingAnswer[], flags: readonly PendingFlag[]): Promise<void> {
    if (RETRYABLE.has(error.code)) {
      this.setAttempt(attemptId, (attempt) => ({ ...attempt, waiting: 'device' }));
      this.scheduleRetry(attemptId);
      return;
    }
    if (error.reason === 'ATTEMPT_CLOSED') {
      await this.end(attemptId, 'closed');
      return;
    }
    if (answers.length === 1 && !flags.length) {
      await this.reject(answers[0], error);
      return;
    }
    // One change spoiled the batch: send them one by one to find it, keeping the others.
    for (const answer of answers) {
      try {
        await this.acknowledge(attemptId, await this.api.save(attemptId, [toAnswerInput(answer)], []), []);
      } catch (single) {
        const singleError = toPortalError(single);
        if (RETRYABLE.has(singleError.code) || singleError.reason === 'ATTEMPT_CLOSED') {
          await this.failed(attemptId, singleError, [answer], []);
          return;
        }
        await this.reject(answer, singleError);
      }
    }
    if (flags.length) {
      try {
        await this.acknowledge(attemptId, await this.api.save(attemptId, [], flags.map(toFlagInput)), flags);
      } catch {
        // A flag only helps the learner find a question again; one the server refuses is not worth keeping.
        await Promise.all(flags.map((flag) => this.store.removeFlag(attemptId, flag.slot, flag.flagged)));
        this.setAttempt(attemptId, (attempt) => ({ ...attempt, flagsPending: new Set() }));
      }
    }
  }

  private async reject(answer: PendingAnswer, error: PortalError): Promise<void> {
    await this.store.removeAnswerUpTo(answer.attemptId, answer.slot, answer.sequence);
    // The device's sequence stays used: the next change must still be newer than anything sent.
    this.updateSlot(answer.attemptId, answer.slot, (save) => ({ ...save, stored: Math.max(save.stored, save.local), error }));
    this.rejectedEvents.next({ attemptId: answer.attemptId, slot: answer.slot, error });
  }

  private async end(attemptId: string, reason: AttemptEnded['reason']): Promise<void> {
    await this.forget(attemptId);
    this.endedEvents.next({ attemptId, reason });
  }

  private schedule(attemptId: string, delayMs: number): void {
    clearTimeout(this.timers.get(attemptId));
    this.timers.set(
      attemptId,
      setTimeout(() => void this.flush(attemptId), delayMs),
    );
  }

  private scheduleRetry(attemptId: string): void {
    const delay = this.retryDelays.get(attemptId) ?? FIRST_RETRY_MS;
    this.retryDelays.set(attemptId, Math.min(LAST_RETRY_MS, delay * 2));
    this.schedule(attemptId, delay);
  }

  private requireUser(): string {
    const userId = this.auth.user()?.id;
    if (!userId) {
      throw new Error('Answers can only be saved for a signed-in learner');
    }
    return userId;
  }

  /** Sign-out on a shared device: nothing of this learner's answers stays here. */
  private async signOut(userId: string): Promise<void> {
    this.timers.forEach((timer) => clearTimeout(timer));
    await this.store.clearUser(userId);
    this.state.set(new Map());
  }

  private updateSlot(attemptId: string, slot: number, change: (save: SlotSave) => SlotSave): void {
    this.setAttempt(attemptId, (attempt) => ({
      ...attempt,
      slots: new Map(attempt.slots).set(slot, change(attempt.slots.get(slot) ?? NO_SLOT)),
    }));
  }

  private setAttempt(attemptId: string, change: (attempt: AttemptSave) => AttemptSave): void {
    this.state.update((current) => {
      const attempt = current.get(attemptId) ?? { slots: new Map(), flagsPending: new Set<number>(), waiting: 'saving' };
      return new Map(current).set(attemptId, change(attempt));
    });
  }
}

function statusOf(attempt: AttemptSave, slot: SlotSave): AnswerSaveStatus | null {
  if (slot.error) {
    return 'error';
  }
  if (slot.local > slot.stored) {
    return attempt.waiting;
  }
  return slot.touched ? 'saved' : null;
}

function toAnswerInput({ slot, sequence, response }: PendingAnswer): AnswerInput {
  return { slot, sequence, response };
}

function toFlagInput({ slot, flagged }: PendingFlag): { slot: number; flagged: boolean } {
  return { slot, flagged };
}
