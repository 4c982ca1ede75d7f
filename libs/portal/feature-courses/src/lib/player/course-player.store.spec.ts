import { TestBed } from '@angular/core/testing';
import {
  type CourseActivity,
  CourseAuthoringApi,
  type CourseOutline,
  CoursesApi,
  ProgressOutbox,
  type ProgressResult,
} from '@tunas/portal/data-access/courses';
import { provideActivityUis } from '@tunas/portal/plugin-sdk';
import { defineActivityType } from '@tunas/shared/plugin-sdk';
import { Subject } from 'rxjs';
import { z } from 'zod';
import { CoursePlayerStore } from './course-player.store';

interface Note {
  seconds: number;
}

const noteActivity = defineActivityType<{ text: string }, Note>({
  id: 'note',
  schemaVersion: 1,
  label: { id: 'Catatan', en: 'Note' },
  contentSchema: z.object({ text: z.string() }),
  stateSchema: z.object({ seconds: z.number().min(0) }),
  initialState: () => ({ seconds: 0 }),
  completionMode: 'progress',
  scored: false,
  completion: (_content, state) => Math.min(1, state.seconds / 10),
});

function activity(id: string, state: Note | null = null): CourseActivity {
  return { id, type: 'note', title: id, required: true, schemaVersion: 1, completion: state ? state.seconds / 10 : 0, content: { text: id }, state };
}

function outline(preview: boolean, activities: CourseActivity[]): CourseOutline {
  return {
    completion: 0,
    preview,
    resumeActivityId: null,
    versionNumber: preview ? null : 1,
    course: {
      id: 'course-1',
      title: 'Kursus',
      summary: '',
      jpHours: 2,
      level: 'DASAR',
      competencyType: 'TEKNIS',
      language: 'id',
      status: 'PUBLISHED',
      version: 1,
      moduleCount: 1,
      activityCount: activities.length,
      publishedAt: null,
      coverImageUrl: null,
      enrolmentClosesAt: null,
      topic: { id: 't', code: 'T', name: 'Topik' },
    },
    enrolment: preview
      ? null
      : {
          id: 'e1',
          courseId: 'course-1',
          status: 'ACTIVE',
          progress: 0,
          source: 'SELF',
          enrolledAt: '2026-01-05T01:00:00.000Z',
          completedAt: null,
          lastAccessedAt: null,
          lastActivityId: null,
          versionNumber: 1,
        },
    modules: [{ id: 'm1', title: 'Modul', summary: '', requiresPrevious: false, locked: false, completion: 0, activities }],
  };
}

function setUp(loaded: CourseOutline, pending: { activityId: string; state: unknown }[] = []) {
  const acknowledged = new Subject<{ courseId: string; activityId: string; result: ProgressResult }>();
  const outbox = {
    record: jest.fn().mockResolvedValue(undefined),
    saveStatus: jest.fn().mockReturnValue(null),
    pendingStates: jest.fn().mockReturnValue(pending),
    pendingCount: () => 0,
    acknowledged$: acknowledged.asObservable(),
    rejected$: new Subject().asObservable(),
  };
  TestBed.configureTestingModule({
    providers: [
      CoursePlayerStore,
      provideActivityUis([
        { definition: noteActivity, icon: 'M0 0h24v24H0z', loadView: async () => class {}, loadEditor: async () => class {} },
      ]),
      { provide: ProgressOutbox, useValue: outbox },
      { provide: CoursesApi, useValue: { outline: jest.fn().mockResolvedValue(loaded) } },
      { provide: CourseAuthoringApi, useValue: { preview: jest.fn().mockResolvedValue(loaded) } },
    ],
  });
  return { store: TestBed.inject(CoursePlayerStore), outbox, acknowledged };
}

describe('CoursePlayerStore', () => {
  it('shows a new state at once, merged the way the server will, and hands it to the outbox', async () => {
    const { store, outbox } = setUp(outline(false, [activity('a1'), activity('a2')]));
    await store.load('course-1', false);

    store.acceptState('a1', { seconds: 10 });

    expect(store.outline()?.completion).toBe(0.5);
    expect(store.outline()?.modules[0].activities[0].completion).toBe(1);
    expect(outbox.record).toHaveBeenCalledWith('course-1', 'a1', { seconds: 10 });
  });

  it('refuses a state the plugin schema refuses, recording nothing', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store, outbox } = setUp(outline(false, [activity('a1')]));
    await store.load('course-1', false);

    store.acceptState('a1', { seconds: -5 });

    expect(outbox.record).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('"note" emitted a state its schema refuses'), expect.anything());
    error.mockRestore();
  });

  it('records nothing in a preview', async () => {
    const { store, outbox } = setUp(outline(true, [activity('a1')]));
    await store.load('course-1', true);

    store.acceptState('a1', { seconds: 10 });

    expect(outbox.record).not.toHaveBeenCalled();
    expect(store.outline()?.modules[0].activities[0].completion).toBe(0);
  });

  it('shows states still waiting on the device when the player opens again', async () => {
    const { store } = setUp(outline(false, [activity('a1', { seconds: 2 })]), [{ activityId: 'a1', state: { seconds: 6 } }]);

    await store.load('course-1', false);

    expect(store.outline()?.modules[0].activities[0].state).toEqual({ seconds: 6 });
  });

  it("takes the server's numbers when a write is acknowledged, and notices the course completed", async () => {
    const { store, acknowledged } = setUp(outline(false, [activity('a1')]));
    await store.load('course-1', false);
    const loaded = store.outline();
    if (!loaded?.enrolment) throw new Error('enrolled outline expected');

    acknowledged.next({
      courseId: 'course-1',
      activityId: 'a1',
      result: {
        activityId: 'a1',
        completion: 1,
        courseCompletion: 1,
        courseCompleted: true,
        state: { seconds: 10 },
        enrolment: { ...loaded.enrolment, status: 'COMPLETED', progress: 1 },
      },
    });

    expect(store.courseCompleted()).toBe(true);
    expect(store.justCompleted()).toBe(true);
    expect(store.outline()?.completion).toBe(1);
  });
});
