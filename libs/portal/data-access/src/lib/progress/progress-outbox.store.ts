import { InjectionToken } from '@angular/core';
import type { Dexie, EntityTable } from 'dexie';

/** A learner's progress write, kept on the device until the server acknowledges it. */
export interface PendingProgress {
  /** Sent with every retry of this write, so the server applies it once. */
  readonly idempotencyKey: string;
  readonly userId: string;
  readonly courseId: string;
  readonly activityId: string;
  readonly state: unknown;
  /** Epoch milliseconds; writes are sent in this order. */
  readonly createdAt: number;
}

/** Where pending writes wait. IndexedDB in the browser; the tests use a fake IndexedDB. */
export interface ProgressOutboxStore {
  add(write: PendingProgress): Promise<void>;
  /** The user's pending writes, oldest first. */
  pendingFor(userId: string): Promise<PendingProgress[]>;
  remove(idempotencyKey: string): Promise<void>;
  /** Forgets everything kept for the user (sign-out on a shared device). */
  clearUser(userId: string): Promise<void>;
}

type OutboxDatabase = Dexie & { progress: EntityTable<PendingProgress, 'idempotencyKey'> };

export const OUTBOX_DATABASE_NAME = 'tunas-outbox';

/**
 * Pending writes in IndexedDB through Dexie, one table for every user of the device, indexed by user.
 * Dexie is loaded on first use, so it stays out of the portal's first download.
 */
export class DexieProgressOutboxStore implements ProgressOutboxStore {
  private database: Promise<{ db: OutboxDatabase; dexie: typeof Dexie }> | null = null;

  constructor(private readonly name = OUTBOX_DATABASE_NAME) {}

  async add(write: PendingProgress): Promise<void> {
    const { db } = await this.open();
    await db.progress.put(write);
  }

  async pendingFor(userId: string): Promise<PendingProgress[]> {
    const { db, dexie } = await this.open();
    return db.progress.where('[userId+createdAt]').between([userId, dexie.minKey], [userId, dexie.maxKey]).toArray();
  }

  async remove(idempotencyKey: string): Promise<void> {
    const { db } = await this.open();
    await db.progress.delete(idempotencyKey);
  }

  async clearUser(userId: string): Promise<void> {
    const { db } = await this.open();
    await db.progress.where('userId').equals(userId).delete();
  }

  private open(): Promise<{ db: OutboxDatabase; dexie: typeof Dexie }> {
    this.database ??= import('dexie').then(({ Dexie: dexie }) => {
      const db = new dexie(this.name) as OutboxDatabase;
      db.version(1).stores({ progress: 'idempotencyKey, userId, [userId+createdAt]' });
      return { db, dexie };
    });
    return this.database;
  }
}

export const PROGRESS_OUTBOX_STORE = new InjectionToken<ProgressOutboxStore>('PROGRESS_OUTBOX_STORE', {
  providedIn: 'root',
  factory: () => new DexieProgressOutboxStore(),
});
