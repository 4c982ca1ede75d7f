import 'fake-indexeddb/auto';
import { deserialize, serialize } from 'node:v8';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { AuthStore } from '../auth/auth.store';
import type { RecordProgressInput } from '../generated/courses.graphql';
import { ProgressApi, type ProgressResult } from './progress.api';
import { type AcknowledgedProgress, ProgressOutbox, type RejectedProgress } from './progress-outbox.service';
import { DexieProgressOutboxStore, PROGRESS_OUTBOX_STORE } from './progress-outbox.store';

// jsdom has no structuredClone; fake-indexeddb copies values with it, as a browser's IndexedDB does.
globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;

const offline = () => new TypeError('Failed to fetch');
const refused = (reason: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN', reason } }] });

function resultFor(input: RecordProgressInput): ProgressResult {
  return {
    activityId: String(input.activityId),
    completion: 1,
    courseCompletion: 0.5,
    courseCompleted: false,
    state: input.state,
    enrolment: {
      id: 'e1',
      courseId: String(input.courseId),
      status: 'ACTIVE',
      progress: 0.5,
      source: 'SELF',
      enrolledAt: '2026-01-05T01:00:00.000Z',
      completedAt: null,
      lastAccessedAt: null,
      lastActivityId: String(input.activityId),
      versionNumber: 1,
    },
  };
}

/** The server: remembers every request and applies each idempotency key once. */
class FakeServer {
  online = true;
  readonly requests: RecordProgressInput[] = [];
  readonly applied = new Map<string, RecordProgressInput>();
  refuseWith: Error | null = null;

  readonly record = async (input: RecordProgressInput): Promise<ProgressResult> => {
    this.requests.push(input);
    if (!this.online) throw offline();
    if (this.refuseWith) throw this.refuseWith;
    if (!this.applied.has(input.idempotencyKey)) this.applied.set(input.idempotencyKey, input);
    return resultFor(input);
  };
}

let databases = 0;

function setUp(server = new FakeServer()) {
  const user = signal<{ id: string } | null>({ id: 'learner-1' });
  const signOutTasks: Array<(userId: string) => Promise<void>> = [];
  const store = new DexieProgressOutboxStore(`tunas-outbox-test-${++databases}`);
  TestBed.configureTestingModule({
    providers: [
      { provide: PROGRESS_OUTBOX_STORE, useValue: store },
      { provide: ProgressApi, useValue: { record: server.record } },
      { provide: AuthStore, useValue: { user, registerSignOutTask: (task: (userId: string) => Promise<void>) => signOutTasks.push(task) } },
    ],
  });
  const outbox = TestBed.inject(ProgressOutbox);
  TestBed.tick();
  const acknowledged: AcknowledgedProgress[] = [];
  const rejected: RejectedProgress[] = [];
  outbox.acknowledged$.subscribe((event) => acknowledged.push(event));
  outbox.rejected$.subscribe((event) => rejected.push(event));
  const signOut = (userId: string) => Promise.all(signOutTasks.map((task) => task(userId)));
  return { outbox, server, store, user, acknowledged, rejected, signOut };
}

describe('ProgressOutbox', () => {
  it('keeps a write on the device, sends it, and forgets it once the server has it', async () => {
    const { outbox, server, store, acknowledged } = setUp();

    await outbox.record('course-1', 'page-1', { viewed: true });
    await outbox.flush();

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ courseId: 'course-1', activityId: 'page-1', state: { viewed: true } });
    expect(server.requests[0].idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(await store.pendingFor('learner-1')).toEqual([]);
    expect(acknowledged.map((event) => event.activityId)).toEqual(['page-1']);
    expect(outbox.saveStatus('page-1')).toBe('server');
  });

  it('keeps a write made offline and sends it later with the same key, applied exactly once', async () => {
    const server = new FakeServer();
    server.online = false;
    const { outbox, store } = setUp(server);

    await outbox.record('course-1', 'video-1', { watched: [[0, 40]], durationSeconds: 100, positionSeconds: 40 });
    await outbox.flush();
    expect(outbox.saveStatus('video-1')).toBe('device');
    expect(outbox.pendingCount()).toBe(1);
    expect(await store.pendingFor('learner-1')).toHaveLength(1);

    server.online = true;
    window.dispatchEvent(new Event('online'));
    await outbox.flush();
    await outbox.flush();

    const keys = server.requests.map((request) => request.idempotencyKey);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    expect(server.applied.size).toBe(1);
    expect(outbox.pendingCount()).toBe(0);
    expect(outbox.saveStatus('video-1')).toBe('server');
  });

  it("lists a course's states still waiting on the device, for a player opened again before they arrive", async () => {
    const server = new FakeServer();
    server.online = false;
    const { outbox } = setUp(server);

    await outbox.record('course-1', 'video-1', { watched: [[0, 10]], durationSeconds: 100, positionSeconds: 10 });
    await outbox.record('course-2', 'page-1', { viewed: true });

    expect(outbox.pendingStates('course-1')).toEqual([
      { activityId: 'video-1', state: { watched: [[0, 10]], durationSeconds: 100, positionSeconds: 10 } },
    ]);
  });

  it('gives every new write a fresh key and sends them oldest first', async () => {
    const server = new FakeServer();
    server.online = false;
    const { outbox } = setUp(server);

    await outbox.record('course-1', 'page-1', { viewed: true });
    await outbox.record('course-1', 'video-1', { watched: [[0, 10]], durationSeconds: 100, positionSeconds: 10 });
    server.online = true;
    server.requests.length = 0;
    await outbox.flush();

    expect(server.requests.map((request) => request.activityId)).toEqual(['page-1', 'video-1']);
    expect(new Set(server.requests.map((request) => request.idempotencyKey)).size).toBe(2);
  });

  it('sends what an earlier visit left on the device when the learner is back', async () => {
    const server = new FakeServer();
    const { store } = { store: new DexieProgressOutboxStore(`tunas-outbox-test-${++databases}`) };
    await store.add({
      idempotencyKey: '5f1c1e7e-0d5a-4a7e-9f0e-1f2a3b4c5d6e',
      userId: 'learner-1',
      courseId: 'course-1',
      activityId: 'page-1',
      state: { viewed: true },
      createdAt: 1,
    });
    TestBed.configureTestingModule({
      providers: [
        { provide: PROGRESS_OUTBOX_STORE, useValue: store },
        { provide: ProgressApi, useValue: { record: server.record } },
        { provide: AuthStore, useValue: { user: signal({ id: 'learner-1' }), registerSignOutTask: () => undefined } },
      ],
    });

    const outbox = TestBed.inject(ProgressOutbox);
    TestBed.tick();
    await outbox.flush();

    expect(server.requests.map((request) => request.idempotencyKey)).toEqual(['5f1c1e7e-0d5a-4a7e-9f0e-1f2a3b4c5d6e']);
    expect(await store.pendingFor('learner-1')).toEqual([]);
  });

  it('drops a write the server refuses for good, and says so', async () => {
    const server = new FakeServer();
    server.refuseWith = refused('MODULE_LOCKED');
    const { outbox, rejected, store } = setUp(server);

    await outbox.record('course-1', 'page-9', { viewed: true });
    await outbox.flush();

    expect(rejected.map((event) => [event.activityId, event.error.reason])).toEqual([['page-9', 'MODULE_LOCKED']]);
    expect(await store.pendingFor('learner-1')).toEqual([]);
    expect(outbox.saveStatus('page-9')).toBeNull();
  });

  it("keeps each learner's writes apart and removes them when that learner signs out", async () => {
    const server = new FakeServer();
    server.online = false;
    const { outbox, store, user, signOut } = setUp(server);

    await outbox.record('course-1', 'page-1', { viewed: true });
    user.set({ id: 'learner-2' });
    TestBed.tick();
    await outbox.record('course-1', 'page-2', { viewed: true });

    expect((await store.pendingFor('learner-1')).map((write) => write.activityId)).toEqual(['page-1']);
    expect((await store.pendingFor('learner-2')).map((write) => write.activityId)).toEqual(['page-2']);
    expect(outbox.pendingCount()).toBe(1);

    await signOut('learner-2');

    expect(await store.pendingFor('learner-2')).toEqual([]);
    expect(await store.pendingFor('learner-1')).toHaveLength(1);
  });

  it('tries one last time to send before sign-out forgets the writes', async () => {
    const { outbox, server, signOut } = setUp();
    server.online = false;
    await outbox.record('course-1', 'page-1', { viewed: true });
    server.online = true;

    await signOut('learner-1');

    expect(server.applied.size).toBe(1);
  });

  it('refuses to record for nobody', async () => {
    const { outbox, user } = setUp();
    user.set(null);

    await expect(outbox.record('course-1', 'page-1', { viewed: true })).rejects.toThrow(/signed-in learner/);
  });
});
