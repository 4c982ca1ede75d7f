import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { CourseAuthoringApi, type CourseCard, type CourseOutline, CoursesApi } from '@tunas/portal/data-access/courses';
import { CourseEditorStore } from './course-editor.store';

const course: CourseCard = {
  id: 'c1',
  title: 'Arsip Digital',
  summary: 'Ringkasan.',
  jpHours: 2,
  level: 'DASAR',
  competencyType: 'TEKNIS',
  language: 'id',
  status: 'DRAFT',
  version: 3,
  moduleCount: 0,
  activityCount: 0,
  publishedAt: null,
  coverImageUrl: null,
  enrolmentClosesAt: null,
  topic: { id: 't1', code: 'PEMANFAATAN_TI', name: 'Pemanfaatan TI' },
};

const draft = (version: number): CourseOutline => ({
  completion: 0,
  preview: true,
  resumeActivityId: null,
  versionNumber: null,
  course: { ...course, version, moduleCount: 1 },
  enrolment: null,
  modules: [{ id: 'm1', title: 'Modul 1', summary: '', requiresPrevious: false, locked: false, completion: 1, activities: [] }],
});

const stale = new CombinedGraphQLErrors({ errors: [{ message: 'Stale', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }] });

function setUp(authoring: Partial<Record<keyof CourseAuthoringApi, jest.Mock>>) {
  TestBed.configureTestingModule({
    providers: [
      CourseEditorStore,
      { provide: CoursesApi, useValue: { course: jest.fn().mockResolvedValue(course) } },
      { provide: CourseAuthoringApi, useValue: { preview: jest.fn().mockResolvedValue(draft(3)), ...authoring } },
    ],
  });
  return TestBed.inject(CourseEditorStore);
}

describe('CourseEditorStore', () => {
  it('sends the version of the latest draft, which structure changes move on', async () => {
    const update = jest.fn().mockResolvedValue({ ...course, version: 5, title: 'Arsip Digital Kelurahan' });
    const store = setUp({ addModule: jest.fn().mockResolvedValue(draft(4)), update });
    await store.load('c1');

    await store.addModule({ title: 'Modul 1', requiresPrevious: false, summary: '' });
    await store.saveDetails({ title: 'Arsip Digital Kelurahan' });

    expect(update).toHaveBeenCalledWith({ id: 'c1', version: 4, title: 'Arsip Digital Kelurahan' });
    expect(store.details()?.version).toBe(5);
  });

  it('sends the course version it read with structure changes, so stale ones are refused', async () => {
    const addActivity = jest.fn().mockResolvedValue(draft(4));
    const store = setUp({ addActivity });
    await store.load('c1');

    await store.addActivity({ moduleId: 'm1', type: 'page', title: 'Halaman', required: true, content: { markdown: 'Isi' } });

    expect(addActivity).toHaveBeenCalledWith(expect.objectContaining({ moduleId: 'm1', courseVersion: 3 }));
  });

  it('recognises a stale save as a conflict the author resolves by reloading', async () => {
    const store = setUp({ update: jest.fn().mockRejectedValue(stale) });
    await store.load('c1');

    expect(await store.saveDetails({ title: 'Lama' })).toBe(false);
    expect(store.isConflict()).toBe(true);

    await store.load('c1');
    expect(store.isConflict()).toBe(false);
  });

  it('puts a refused reorder back the way the server has it', async () => {
    const preview = jest.fn().mockResolvedValue(draft(3));
    const store = setUp({ preview, updateModule: jest.fn().mockRejectedValue(stale) });
    await store.load('c1');
    preview.mockResolvedValue({ ...draft(3), modules: [...draft(3).modules] });

    expect(await store.updateModule({ id: 'm1', position: 0 })).toBe(false);
    await new Promise((settle) => setTimeout(settle));

    expect(preview).toHaveBeenCalledTimes(2);
  });
});
