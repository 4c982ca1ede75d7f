import type { CourseActivity, CourseModule, CourseOutline, ProgressResult } from '@tunas/portal/data-access/courses';
import { firstOpenActivityId, stepsOf, withLocalProgress, withServerProgress } from './course-progress.util';

function activity(id: string, completion = 0, required = true): CourseActivity {
  return { id, type: 'page', title: id, required, schemaVersion: 1, completion, content: {}, state: null };
}

function module(id: string, activities: CourseActivity[], requiresPrevious = false, locked = false): CourseModule {
  return { id, title: id, summary: '', requiresPrevious, locked, completion: 0, activities };
}

function outline(modules: CourseModule[], enrolled = true): CourseOutline {
  return {
    completion: 0,
    preview: !enrolled,
    resumeActivityId: null,
    versionNumber: enrolled ? 1 : null,
    course: {
      id: 'c1',
      title: 'Kursus',
      summary: '',
      jpHours: 2,
      level: 'DASAR',
      competencyType: 'TEKNIS',
      language: 'id',
      status: 'PUBLISHED',
      version: 1,
      moduleCount: modules.length,
      activityCount: modules.flatMap((m) => m.activities).length,
      publishedAt: null,
      coverImageUrl: null,
      enrolmentClosesAt: null,
      topic: { id: 't', code: 'T', name: 'Topik' },
    },
    enrolment: enrolled
      ? {
          id: 'e1',
          courseId: 'c1',
          status: 'ACTIVE',
          progress: 0,
          source: 'SELF',
          enrolledAt: '2026-01-05T01:00:00.000Z',
          completedAt: null,
          lastAccessedAt: null,
          lastActivityId: null,
          versionNumber: 1,
        }
      : null,
    modules,
  };
}

describe('course progress in the player', () => {
  const twoModules = () =>
    outline([module('m1', [activity('a1'), activity('a2'), activity('extra', 0, false)]), module('m2', [activity('b1')], true, true)]);

  it('lists the activities in study order', () => {
    expect(stepsOf(twoModules()).map((step) => [step.activity.id, step.moduleIndex, step.index])).toEqual([
      ['a1', 0, 0],
      ['a2', 0, 1],
      ['extra', 0, 2],
      ['b1', 1, 3],
    ]);
  });

  it('moves the course and module completion as soon as an activity is done on the device', () => {
    const next = withLocalProgress(twoModules(), 'a1', { viewed: true }, 1);

    expect(next.completion).toBeCloseTo(1 / 3, 5);
    expect(next.modules[0].completion).toBe(0.5);
    expect(next.modules[0].activities[0].state).toEqual({ viewed: true });
    expect(next.modules[1].locked).toBe(true);
  });

  it('opens a module that requires the previous one once that one is done (optional activities aside)', () => {
    const next = withLocalProgress(withLocalProgress(twoModules(), 'a1', {}, 1), 'a2', {}, 1);

    expect(next.modules[0].completion).toBe(1);
    expect(next.modules[1].locked).toBe(false);
  });

  it('never lowers completion from a partial state (a late, smaller video state)', () => {
    const done = withLocalProgress(twoModules(), 'a1', {}, 1);

    expect(withLocalProgress(done, 'a1', {}, 0.4).modules[0].activities[0].completion).toBe(1);
  });

  it("takes the server's numbers when it answers", () => {
    const enrolment = twoModules().enrolment;
    if (!enrolment) throw new Error('enrolled outline expected');
    const result: ProgressResult = {
      activityId: 'a1',
      completion: 1,
      courseCompletion: 0.25,
      courseCompleted: false,
      state: { viewed: true },
      enrolment: { ...enrolment, progress: 0.25, lastActivityId: 'a1' },
    };

    const next = withServerProgress(twoModules(), result);

    expect(next.completion).toBe(0.25);
    expect(next.enrolment?.lastActivityId).toBe('a1');
    expect(next.modules[0].activities[0].completion).toBe(1);
  });

  it('never locks modules in a preview', () => {
    const preview = outline([module('m1', [activity('a1')]), module('m2', [activity('b1')], true)], false);

    expect(withLocalProgress(preview, 'a1', {}, 0).modules[1].locked).toBe(false);
  });

  it('resumes at the first unfinished activity of an open module', () => {
    const started = withLocalProgress(twoModules(), 'a1', {}, 1);

    expect(firstOpenActivityId(started)).toBe('a2');
  });
});
