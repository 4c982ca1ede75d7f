import { DOCUMENT, DestroyRef, Injectable, Injector, computed, effect, inject, signal, untracked } from '@angular/core';
import { Subject } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import type { ErrorCode } from '../errors/error-catalogue';
import { type PortalError, toPortalError } from '../errors/portal-error.mapper';
import type { RecordProgressInput } from '../generated/courses.graphql';
import type { ProgressResult } from './progress.api';
import { PROGRESS_OUTBOX_STORE, type PendingProgress } from './progress-outbox.store';

/** Where a learner's latest progress on an activity is: only on this device, or stored by the server. */
export type ProgressSaveStatus = 'device' | 'server';

export interface AcknowledgedProgress {
  readonly courseId: string;
  readonly activityId: string;
  readonly result: ProgressResult;
}

export interface RejectedProgress {
  readonly courseId: string;
  readonly activityId: string;
  readonly error: PortalError;
}

/** Failures worth retrying: the write may still arrive. Anything else will never be accepted. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'NETWORK_ERROR',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'TOO_MANY_REQUESTS',
  'UNAUTHENTICATED',
  'UNKNOWN',
]);
const FIRST_RETRY_MS = 2_000;
const LAST_RETRY_MS = 60_000;
/** How long sign-out waits for pending writes to reach the server before it forgets them. */
const SIGN_OUT_FLUSH_MS = 3_000;

interface OutboxState {
  readonly userId: string | null;
  readonly pending: readonly PendingProgress[];
  readonly acknowledged: ReadonlySet<string>;
}

/**
 * Every learner progress write goes through here: it is stored in IndexedDB first, then sent with an
 * idempotency key that stays the same on every retry, until the server acknowledges it. A write made
 * offline is sent later and applied once. Writes are kept per user and forgotten at sign-out.
 */
@Injectable({ providedIn: 'root' })
export class ProgressOutbox {
  private readonly store = inject(PROGRESS_OUTBOX_STORE);
  private readonly injector = inject(Injector);
  private readonly auth = inject(AuthStore);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly state = signal<OutboxState>({ userId: null, pending: [], acknowledged: new Set() });
  private readonly acknowledgedEvents = new Subject<AcknowledgedProgress>();
  private readonly rejectedEvents = new Subject<RejectedProgress>();
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = FIRST_RETRY_MS;

  /** Writes the server has stored, as they arrive. */
  readonly acknowledged$ = this.acknowledgedEvents.asObservable();
  /** Writes the server refused for good (they are dropped). */
  readonly rejected$ = this.rejectedEvents.asObservable();
  /** Writes still waiting on this device for the signed-in learner. */
  readonly pendingCount = computed(() => this.state().pending.length);

  /** Created with the app: sends what an earlier visit left behind, retries when the connection returns. */
  constructor() {
    this.auth.registerSignOutTask((userId) => this.signOut(userId));
    this.window?.addEventListener('online', this.onOnline);
    effect(() => {
      const userId = this.auth.user()?.id ?? null;
      untracked(() => this.switchUser(userId));
    });
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.retryTimer);
      this.window?.removeEventListener('online', this.onOnline);
    });
  }

  /** Where the latest progress on an activity is (null when nothing was written in this visit). */
  saveStatus(activityId: string): ProgressSaveStatus | null {
    const { pending, acknowledged } = this.state();
    if (pending.some((write) => write.activityId === activityId)) {
      return 'device';
    }
    return acknowledged.has(activityId) ? 'server' : null;
  }

  /**
   * States of a course still waiting on this device, oldest first: a player opened again before they
   * reached the server (or offline) shows them rather than the older stored ones.
   */
  pendingStates(courseId: string): readonly { readonly activityId: string; readonly state: unknown }[] {
    return this.state()
      .pending.filter((write) => write.courseId === courseId)
      .map(({ activityId, state }) => ({ activityId, state }));
  }

  /** Keeps a learner state on the device, then sends it. Resolves once it is safely stored locally. */
  async record(courseId: string, activityId: string, state: unknown): Promise<void> {
    const userId = this.auth.user()?.id;
    if (!userId) {
      throw new Error('Progress can only be recorded for a signed-in learner');
    }
    const write: PendingProgress = {
      idempotencyKey: crypto.randomUUID(),
      userId,
      courseId,
      activityId,
      state,
      createdAt: Date.now(),
    };
    await this.store.add(write);
    this.update((current) =>
      current.userId === userId ? { ...current, pending: [...current.pending, write] } : current,
    );
    void this.flush();
  }

  /** Sends the pending writes, oldest first, until one cannot be sent now. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = this.sendPending().finally(() => {
      this.flushing = null;
      if (this.flushAgain) {
        this.flushAgain = false;
        void this.flush();
      }
    });
    return this.flushing;
  }

  private readonly onOnline = (): void => {
    this.retryDelay = FIRST_RETRY_MS;
    void this.flush();
  };

  private async sendPending(): Promise<void> {
    const userId = this.auth.user()?.id;
    if (!userId) {
      return;
    }
    const pending = await this.store.pendingFor(userId);
    this.update((current) => (current.userId === userId ? { ...current, pending } : current));
    for (const write of pending) {
      if (this.auth.user()?.id !== userId) {
        return;
      }
      try {
        const result = await this.send({
          courseId: write.courseId,
          activityId: write.activityId,
          state: write.state,
          idempotencyKey: write.idempotencyKey,
        });
        await this.forget(write);
        this.update((current) => ({ ...current, acknowledged: new Set([...current.acknowledged, write.activityId]) }));
        this.acknowledgedEvents.next({ courseId: write.courseId, activityId: write.activityId, result });
      } catch (error) {
        const portalError = toPortalError(error);
        if (RETRYABLE.has(portalError.code)) {
          this.scheduleRetry();
          return;
        }
        await this.forget(write);
        this.rejectedEvents.next({ courseId: write.courseId, activityId: write.activityId, error: portalError });
      }
    }
    this.retryDelay = FIRST_RETRY_MS;
  }

  /**
   * The outbox starts with the app, the course operations load with the course screens: the API client
   * is fetched on the first send, so the first page stays small.
   */
  private async send(input: RecordProgressInput): Promise<ProgressResult> {
    const { ProgressApi } = await import('./progress.api');
    return this.injector.get(ProgressApi).record(input);
  }

  private async forget(write: PendingProgress): Promise<void> {
    await this.store.remove(write.idempotencyKey);
    this.update((current) => ({
      ...current,
      pending: current.pending.filter((candidate) => candidate.idempotencyKey !== write.idempotencyKey),
    }));
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), this.retryDelay);
    this.retryDelay = Math.min(LAST_RETRY_MS, this.retryDelay * 2);
  }

  private switchUser(userId: string | null): void {
    if (userId === this.state().userId) {
      return;
    }
    this.update(() => ({ userId, pending: [], acknowledged: new Set() }));
    if (userId) {
      void this.flush();
    }
  }

  /** Sign-out on a shared device: one last short try to send, then nothing of this learner stays here. */
  private async signOut(userId: string): Promise<void> {
    clearTimeout(this.retryTimer);
    await Promise.race([this.flush(), new Promise((done) => setTimeout(done, SIGN_OUT_FLUSH_MS))]);
    await this.store.clearUser(userId);
    this.update((current) => (current.userId === userId ? { ...current, pending: [], acknowledged: new Set() } : current));
  }

  private update(change: (current: OutboxState) => OutboxState): void {
    this.state.update(change);
  }
}
