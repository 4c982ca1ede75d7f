import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { AuthStore } from '../../auth/auth.store';
import type { AnswerInput, FlagInput } from '../../generated/quiz.graphql';
import { type AttemptEnded, QuizAnswerOutbox, type RejectedAnswer } from './quiz-answer-outbox.service';
import {
  type PendingAnswer,
  type PendingAttemptChanges,
  type PendingFlag,
  QUIZ_ANSWER_OUTBOX_STORE,
  type QuizAnswerOutboxStore,
} from './quiz-answer-outbox.store';
import { QuizLearnerApi, type SavedQuizAnswers } from './quiz-learner.api';

const ATTEMPT = 'attempt-1';
const refused = (reason: string, code = 'BAD_USER_INPUT') =>
  new CombinedGraphQLErrors({ errors: [{ message: 'No', extensions: { code, reason } }] });

/** IndexedDB as the outbox sees it: one entry per question, by attempt. */
class FakeStore implements QuizAnswerOutboxStore {
  readonly answers = new Map<string, PendingAnswer>();
  readonly flags = new Map<string, PendingFlag>();

  async putAnswer(answer: PendingAnswer): Promise<void> {
    this.answers.set(`${answer.attemptId}:${answer.slot}`, answer);
  }
  async putFlag(flag: PendingFlag): Promise<void> {
    this.flags.set(`${flag.attemptId}:${flag.slot}`, flag);
  }
  async pendingFor(attemptId: string): Promise<PendingAttemptChanges> {
    const bySlot = <T extends { attemptId: string; slot: number }>(entries: Iterable<T>) =>
      [...entries].filter((entry) => entry.attemptId === attemptId).sort((a, b) => a.slot - b.slot);
    return { answers: bySlot(this.answers.values()), flags: bySlot(this.flags.values()) };
  }
  async removeAnswerUpTo(attemptId: string, slot: number, sequence: number): Promise<void> {
    const key = `${attemptId}:${slot}`;
    if ((this.answers.get(key)?.sequence ?? Infinity) <= sequence) this.answers.delete(key);
  }
  async removeFlag(attemptId: string, slot: number, flagged: boolean): Promise<void> {
    const key = `${attemptId}:${slot}`;
    if (this.flags.get(key)?.flagged === flagged) this.flags.delete(key);
  }
  async clearAttempt(attemptId: string): Promise<void> {
    this.forgetWhere((entry) => entry.attemptId === attemptId);
  }
  async clearUser(userId: string): Promise<void> {
    this.forgetWhere((entry) => entry.userId === userId);
  }
  private forgetWhere(matches: (entry: { attemptId: string; userId: string }) => boolean): void {
    for (const table of [this.answers, this.flags] as Map<string, { attemptId: string; userId: string }>[]) {
      for (const [key, entry] of table) if (matches(entry)) table.delete(key);
    }
  }
}

/** The server: keeps the newest sequence per question, as the API does. */
class FakeApi {
  online = true;
  timeUp = false;
  submittedElsewhere = false;
  invalidSlots = new Set<number>();
  readonly requests: { answers: AnswerInput[]; flags: FlagInput[] }[] = [];
  readonly stored = new Map<number, { sequence: number; response: unknown }>();
  readonly flagged = new Map<number, boolean>();
  /** Holds the next request until released, to interleave a newer change. */
  hold: Promise<void> | null = null;

  readonly save = async (attemptId: string, answers: AnswerInput[], flags: FlagInput[]): Promise<SavedQuizAnswers> => {
    this.requests.push({ answers, flags });
    if (this.hold) await this.hold;
    if (!this.online) throw new TypeError('Failed to fetch');
    if (this.submittedElsewhere) throw refused('ATTEMPT_CLOSED', 'CONFLICT');
    const base = { attemptId, status: 'IN_PROGRESS' as const, deadlineAt: null, serverNow: '2026-01-01T00:00:00.000Z' };
    if (this.timeUp) return { ...base, status: 'GRADED', timeUp: true, saved: [] };
    if (answers.some((answer) => this.invalidSlots.has(answer.slot))) throw refused('INVALID_RESPONSE');
    const saved = answers.map(({ slot, sequence, response }) => {
      const current = this.stored.get(slot);
      const accepted = !current || sequence > current.sequence;
      if (accepted) this.stored.set(slot, { sequence, response });
      return { slot, accepted, sequence: this.stored.get(slot)?.sequence ?? sequence };
    });
    flags.forEach(({ slot, flagged }) => this.flagged.set(slot, flagged));
    return { ...base, timeUp: false, saved };
  };
}

function setUp(store = new FakeStore(), api = new FakeApi()) {
  TestBed.configureTestingModule({
    providers: [
      { provide: QUIZ_ANSWER_OUTBOX_STORE, useValue: store },
      { provide: QuizLearnerApi, useValue: { save: api.save } },
      { provide: AuthStore, useValue: { user: signal({ id: 'learner-1' }), registerSignOutTask: () => undefined } },
    ],
  });
  const outbox = TestBed.inject(QuizAnswerOutbox);
  const ended: AttemptEnded[] = [];
  const rejected: RejectedAnswer[] = [];
  outbox.ended$.subscribe((event) => ended.push(event));
  outbox.rejected$.subscribe((event) => rejected.push(event));
  return { outbox, store, api, ended, rejected };
}

const slots = (...sequences: number[]) => sequences.map((sequence, slot) => ({ slot, sequence }));

describe('QuizAnswerOutbox', () => {
  it('numbers each change after the stored sequence, keeps it on the device, and forgets it once stored', async () => {
    const { outbox, store, api } = setUp();
    await outbox.restore(ATTEMPT, slots(0, 4));

    await outbox.answer(ATTEMPT, 1, { value: true });
    expect([...store.answers.values()]).toEqual([{ userId: 'learner-1', attemptId: ATTEMPT, slot: 1, sequence: 5, response: { value: true } }]);
    expect(api.requests).toHaveLength(0);
    expect(outbox.slotStatus(ATTEMPT, 1)).toBe('saving');

    await outbox.flush(ATTEMPT);

    expect(api.stored.get(1)).toEqual({ sequence: 5, response: { value: true } });
    expect(store.answers.size).toBe(0);
    expect(outbox.slotStatus(ATTEMPT, 1)).toBe('saved');
    expect(outbox.attemptStatus(ATTEMPT)).toBe('saved');
  });

  it('sends all waiting changes of an attempt in one request, after a pause in typing', async () => {
    jest.useFakeTimers();
    try {
      const { outbox, api } = setUp();
      await outbox.restore(ATTEMPT, slots(0, 0, 0));
      await outbox.answer(ATTEMPT, 0, { value: 1 });
      await outbox.answer(ATTEMPT, 0, { value: 12 });
      await outbox.answer(ATTEMPT, 2, { value: 3 });
      await outbox.flag(ATTEMPT, 1, true);
      expect(api.requests).toHaveLength(0);

      await jest.advanceTimersByTimeAsync(800);

      expect(api.requests).toEqual([
        {
          answers: [
            { slot: 0, sequence: 2, response: { value: 12 } },
            { slot: 2, sequence: 1, response: { value: 3 } },
          ],
          flags: [{ slot: 1, flagged: true }],
        },
      ]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps a newer change when the server acknowledges an older one sent before it', async () => {
    const { outbox, store, api } = setUp();
    await outbox.restore(ATTEMPT, slots(0));
    let release = () => undefined as void;
    api.hold = new Promise((done) => (release = done));

    await outbox.answer(ATTEMPT, 0, { choice: 'a' });
    const first = outbox.flush(ATTEMPT);
    await Promise.resolve();
    await outbox.answer(ATTEMPT, 0, { choice: 'b' });
    api.hold = null;
    release();
    await first;

    expect(api.stored.get(0)?.sequence).toBe(1);
    expect([...store.answers.values()].map((answer) => answer.sequence)).toEqual([2]);
    expect(outbox.slotStatus(ATTEMPT, 0)).toBe('saving');

    await outbox.flush(ATTEMPT);
    expect(api.stored.get(0)).toEqual({ sequence: 2, response: { choice: 'b' } });
    expect(store.answers.size).toBe(0);
  });

  it('keeps answers made offline on the device and sends them when the connection returns', async () => {
    const { outbox, store, api } = setUp();
    await outbox.restore(ATTEMPT, slots(0, 0, 0));
    api.online = false;

    for (const slot of [0, 1, 2]) await outbox.answer(ATTEMPT, slot, { value: slot });
    await outbox.flush(ATTEMPT);

    expect(store.answers.size).toBe(3);
    expect(outbox.slotStatus(ATTEMPT, 2)).toBe('device');
    expect(outbox.attemptStatus(ATTEMPT)).toBe('device');
    expect(outbox.hasPending(ATTEMPT)).toBe(true);

    api.online = true;
    window.dispatchEvent(new Event('online'));
    await outbox.flush(ATTEMPT);

    expect([...api.stored.keys()].sort()).toEqual([0, 1, 2]);
    expect(store.answers.size).toBe(0);
    expect(outbox.attemptStatus(ATTEMPT)).toBe('saved');
    expect(outbox.hasPending(ATTEMPT)).toBe(false);
  });

  it('restores answers left on the device over older server responses, and sends them again', async () => {
    const store = new FakeStore();
    await store.putAnswer({ userId: 'learner-1', attemptId: ATTEMPT, slot: 0, sequence: 3, response: { value: 'device' } });
    await store.putAnswer({ userId: 'learner-1', attemptId: ATTEMPT, slot: 1, sequence: 2, response: { value: 'stale' } });
    await store.putFlag({ userId: 'learner-1', attemptId: ATTEMPT, slot: 1, flagged: true });
    const { outbox, api } = setUp(store);

    const restored = await outbox.restore(ATTEMPT, slots(2, 5));
    await outbox.flush(ATTEMPT);

    expect([...restored.responses]).toEqual([[0, { value: 'device' }]]);
    expect([...restored.flags]).toEqual([[1, true]]);
    expect(api.stored.get(0)).toEqual({ sequence: 3, response: { value: 'device' } });
    expect(api.stored.has(1)).toBe(false);
    expect(api.flagged.get(1)).toBe(true);
    expect(store.answers.size + store.flags.size).toBe(0);

    await outbox.answer(ATTEMPT, 1, { value: 'new' });
    expect(store.answers.get(`${ATTEMPT}:1`)?.sequence).toBe(6);
  });

  it('stops when time is up: forgets the attempt and says so', async () => {
    const { outbox, store, api, ended } = setUp();
    await outbox.restore(ATTEMPT, slots(0));
    api.timeUp = true;

    await outbox.answer(ATTEMPT, 0, { value: 1 });
    await outbox.flush(ATTEMPT);

    expect(ended).toEqual([{ attemptId: ATTEMPT, reason: 'timeUp' }]);
    expect(store.answers.size).toBe(0);
    expect(outbox.attemptStatus(ATTEMPT)).toBeNull();
  });

  it('drops only the answer the server refuses as invalid and keeps sending the others', async () => {
    const { outbox, store, api, rejected } = setUp();
    await outbox.restore(ATTEMPT, slots(0, 0));
    api.invalidSlots.add(1);

    await outbox.answer(ATTEMPT, 0, { value: 'ok' });
    await outbox.answer(ATTEMPT, 1, { value: 'bad' });
    await outbox.flush(ATTEMPT);

    expect(rejected.map((event) => [event.slot, event.error.reason])).toEqual([[1, 'INVALID_RESPONSE']]);
    expect(api.stored.get(0)?.response).toEqual({ value: 'ok' });
    expect(store.answers.size).toBe(0);
    expect(outbox.slotStatus(ATTEMPT, 0)).toBe('saved');
    expect(outbox.slotStatus(ATTEMPT, 1)).toBe('error');
    expect(outbox.attemptStatus(ATTEMPT)).toBe('error');
  });

  it('forgets an attempt already submitted elsewhere', async () => {
    const { outbox, store, api, ended } = setUp();
    api.submittedElsewhere = true;
    await outbox.restore(ATTEMPT, slots(0));

    await outbox.answer(ATTEMPT, 0, { value: 1 });
    await outbox.flush(ATTEMPT);

    expect(ended).toEqual([{ attemptId: ATTEMPT, reason: 'closed' }]);
    expect(store.answers.size).toBe(0);
  });

  it('hands the answers still on the device to the submission', async () => {
    const { outbox, api } = setUp();
    await outbox.restore(ATTEMPT, slots(1));
    api.online = false;
    await outbox.answer(ATTEMPT, 0, { value: 9 });

    expect(await outbox.pendingAnswers(ATTEMPT)).toEqual([{ slot: 0, sequence: 2, response: { value: 9 } }]);
    await outbox.forget(ATTEMPT);
    expect(await outbox.pendingAnswers(ATTEMPT)).toEqual([]);
  });
});
