import { InjectionToken } from '@angular/core';
import type { Dexie, Table } from 'dexie';

/** The latest response to one question of an attempt, kept on the device until the server stores it. */
export interface PendingAnswer {
  readonly userId: string;
  readonly attemptId: string;
  readonly slot: number;
  /** Higher than any sequence the server or this device used for the slot before. */
  readonly sequence: number;
  readonly response: unknown;
}

/** A flag the learner set or cleared, kept until the server stores it. */
export interface PendingFlag {
  readonly userId: string;
  readonly attemptId: string;
  readonly slot: number;
  readonly flagged: boolean;
}

export interface PendingAttemptChanges {
  readonly answers: readonly PendingAnswer[];
  readonly flags: readonly PendingFlag[];
}

/**
 * Where pending answers wait: one entry per question, the newest change replacing older ones (the server
 * ignores an older sequence anyway). IndexedDB in the browser; the tests use a fake.
 */
export interface QuizAnswerOutboxStore {
  putAnswer(answer: PendingAnswer): Promise<void>;
  putFlag(flag: PendingFlag): Promise<void>;
  /** Everything waiting for an attempt, by slot. */
  pendingFor(attemptId: string): Promise<PendingAttemptChanges>;
  /** Forgets a slot's answer if its sequence is at most `sequence`: a newer change stays. */
  removeAnswerUpTo(attemptId: string, slot: number, sequence: number): Promise<void>;
  /** Forgets a slot's flag if it still is `flagged` (it was not changed again meanwhile). */
  removeFlag(attemptId: string, slot: number, flagged: boolean): Promise<void>;
  clearAttempt(attemptId: string): Promise<void>;
  /** Forgets everything kept for the user (sign-out on a shared device). */
  clearUser(userId: string): Promise<void>;
}

type AnswerDatabase = Dexie & {
  answers: Table<PendingAnswer, [string, number]>;
  flags: Table<PendingFlag, [string, number]>;
};

export const QUIZ_ANSWER_DATABASE_NAME = 'tunas-quiz-answers';

/** Pending answers in IndexedDB through Dexie, loaded on first use. */
export class DexieQuizAnswerOutboxStore implements QuizAnswerOutboxStore {
  private database: Promise<AnswerDatabase> | null = null;

  constructor(private readonly name = QUIZ_ANSWER_DATABASE_NAME) {}

  async putAnswer(answer: PendingAnswer): Promise<void> {
    await (await this.open()).answers.put(answer);
  }

  async putFlag(flag: PendingFlag): Promise<void> {
    await (await this.open()).flags.put(flag);
  }

  async pendingFor(attemptId: string): Promise<PendingAttemptChanges> {
    const db = await this.open();
    const [answers, flags] = await Promise.all([
      db.answers.where('attemptId').equals(attemptId).sortBy('slot'),
      db.flags.where('attemptId').equals(attemptId).sortBy('slot'),
    ]);
    return { answers, flags };
  }

  async removeAnswerUpTo(attemptId: string, slot: number, sequence: number): Promise<void> {
    const db = await this.open();
    await db.transaction('rw', db.answers, async () => {
      const stored = await db.answers.get([attemptId, slot]);
      if (stored && stored.sequence <= sequence) {
        await db.answers.delete([attemptId, slot]);
      }
    });
  }

  async removeFlag(attemptId: string, slot: number, flagged: boolean): Promise<void> {
    const db = await this.open();
    await db.transaction('rw', db.flags, async () => {
      const stored = await db.flags.get([attemptId, slot]);
      if (stored && stored.flagged === flagged) {
        await db.flags.delete([attemptId, slot]);
      }
    });
  }

  async clearAttempt(attemptId: string): Promise<void> {
    const db = await this.open();
    await Promise.all([db.answers.where('attemptId').equals(attemptId).delete(), db.flags.where('attemptId').equals(attemptId).delete()]);
  }

  async clearUser(userId: string): Promise<void> {
    const db = await this.open();
    await Promise.all([db.answers.where('userId').equals(userId).delete(), db.flags.where('userId').equals(userId).delete()]);
  }

  private open(): Promise<AnswerDatabase> {
    this.database ??= import('dexie').then(({ Dexie: dexie }) => {
      const db = new dexie(this.name) as AnswerDatabase;
      db.version(1).stores({ answers: '[attemptId+slot], attemptId, userId', flags: '[attemptId+slot], attemptId, userId' });
      return db;
    });
    return this.database;
  }
}

export const QUIZ_ANSWER_OUTBOX_STORE = new InjectionToken<QuizAnswerOutboxStore>('QUIZ_ANSWER_OUTBOX_STORE', {
  providedIn: 'root',
  factory: () => new DexieQuizAnswerOutboxStore(),
});
