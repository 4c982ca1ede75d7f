import { TEST_DIALECTS } from '@tunas/shared/testing';
import { RunningApi, startApi } from './support/api-process';
import { errorCode, GraphQLClient } from './support/graphql-client';

const OUTLINE_FIELDS = 'completion resumeActivityId preview versionNumber enrolment { id status progress } modules { id title locked completion activities { id type title required completion state content } }';

interface Outline {
  completion: number;
  resumeActivityId: string | null;
  preview: boolean;
  versionNumber: number | null;
  enrolment: { id: string; status: string; progress: number } | null;
  modules: Array<{ id: string; title: string; locked: boolean; completion: number; activities: Array<{ id: string; type: string; title: string; completion: number; state: unknown; content: Record<string, unknown> }> }>;
}

describe.each(TEST_DIALECTS)('courses on %s', (dialect) => {
  let api: RunningApi;
  const client: Record<string, GraphQLClient> = {};
  const ids: Record<string, string> = {};
  let topicId: string;

  beforeAll(async () => {
    api = await startApi(dialect);
    for (const role of ['pelajar', 'pelatih', 'mitra', 'pimpinan', 'admin']) {
      client[role] = new GraphQLClient(api.baseUrl);
      ids[role] = (await client[role].login(`${role}@tunas.test`)).id;
    }
    topicId = (await client['pelatih'].request<{ topics: Array<{ id: string; code: string }> }>('{ topics { id code } }')).data!.topics.find((topic) => topic.code === 'PEMANFAATAN_TI')!.id;
  });
  afterAll(() => api?.stop());

  async function draftCourse(author: GraphQLClient, title: string): Promise<{ courseId: string; outline: Outline }> {
    const created = await author.request<{ createCourse: { id: string; status: string } }>(
      'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id status } }',
      { i: { title, summary: 'Kursus uji untuk pengarsipan digital di kelurahan.', topicId, competencyType: 'TEKNIS', jpHours: 2, level: 'DASAR' } },
    );
    expect(created.errors).toEqual([]);
    const courseId = created.data!.createCourse.id;
    const withModule = await author.request<{ addCourseModule: Outline }>(`mutation($i: AddModuleInput!) { addCourseModule(input: $i) { ${OUTLINE_FIELDS} } }`, { i: { courseId, title: 'Modul 1: Arsip digital' } });
    const moduleId = withModule.data!.addCourseModule.modules[0].id;
    await author.request(`mutation($i: AddActivityInput!) { addActivity(input: $i) { completion } }`, { i: { moduleId, type: 'page', title: 'Mengapa arsip digital', content: { markdown: '## Arsip\n\nArsip yang tertata memudahkan layanan.<script>alert(1)</script>' } } });
    const second = await author.request<{ addActivity: Outline }>(`mutation($i: AddActivityInput!) { addActivity(input: $i) { ${OUTLINE_FIELDS} } }`, {
      i: { moduleId, type: 'video', title: 'Video: memindai dokumen', content: { url: '/files/seed/demo.webm', durationSeconds: 100, completionThreshold: 0.8 } },
    });
    expect(second.errors).toEqual([]);
    return { courseId, outline: second.data!.addActivity };
  }

  it('seeds the three demo courses in the catalogue, searchable in Indonesian and filterable', async () => {
    const all = await client['pelajar'].request<{ courses: { total: number; items: Array<{ title: string; moduleCount: number; activityCount: number }> } }>('{ courses { total items { title moduleCount activityCount } } }');
    expect(all.data?.courses.total).toBe(3);
    for (const course of all.data!.courses.items) {
      expect(course.moduleCount).toBeGreaterThanOrEqual(3);
      expect(course.activityCount).toBeGreaterThanOrEqual(7);
    }
    const search = await client['pelajar'].request<{ courses: { items: Array<{ title: string }> } }>('{ courses(filter: { search: "musyawarah fasilitator" }) { items { title } } }');
    expect(search.data?.courses.items.map((course) => course.title)).toEqual(['Teknik Fasilitasi Partisipatif']);
    const byJp = await client['pelajar'].request<{ courses: { items: Array<{ title: string }> } }>('{ courses(filter: { jpMin: 4 }) { items { title } } }');
    expect(byJp.data?.courses.items.map((course) => course.title)).toEqual(['Dasar-Dasar Manajemen Proyek Pembangunan']);
  });

  it('lets a trainer author a course whose page is sanitised, keeps drafts from learners, and publishes it', async () => {
    const { courseId, outline } = await draftCourse(client['pelatih'], 'Arsip Digital Kelurahan');
    const page = outline.modules[0].activities[0];
    expect(page.content['html']).toContain('<h2>Arsip</h2>');
    expect(String(page.content['html'])).not.toContain('<script');

    expect(errorCode(await client['pelajar'].request('query($id: ID!) { course(id: $id) { title } }', { id: courseId }))).toBe('NOT_FOUND');
    expect(errorCode(await client['pelajar'].request('query($id: ID!) { coursePreview(courseId: $id) { completion } }', { id: courseId }))).toBe('FORBIDDEN');
    expect(errorCode(await client['mitra'].request('query($id: ID!) { coursePreview(courseId: $id) { completion } }', { id: courseId }))).toBe('NOT_FOUND');

    const published = await client['pelatih'].request<{ publishCourse: { status: string; activityCount: number } }>('mutation($id: ID!) { publishCourse(courseId: $id) { status activityCount } }', { id: courseId });
    expect(published.data?.publishCourse).toEqual({ status: 'PUBLISHED', activityCount: 2 });
    const found = await client['pelajar'].request<{ courses: { items: Array<{ id: string }> } }>('{ courses(filter: { search: "arsip digital" }) { items { id } } }');
    expect(found.data?.courses.items.map((course) => course.id)).toEqual([courseId]);
  });

  it('refuses content the plugin does not accept, naming the field', async () => {
    const { outline } = await draftCourse(client['pelatih'], 'Kursus Konten Salah');
    const moduleId = outline.modules[0].id;
    const bad = await client['pelatih'].request('mutation($i: AddActivityInput!) { addActivity(input: $i) { completion } }', { i: { moduleId, type: 'link', title: 'Tautan', content: { url: 'javascript:alert(1)' } } });
    expect(bad.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ACTIVITY_CONTENT', fieldErrors: [expect.objectContaining({ field: 'content.url' })] });
    const unknown = await client['pelatih'].request('mutation($i: AddActivityInput!) { addActivity(input: $i) { completion } }', { i: { moduleId, type: 'hologram', title: 'X', content: {} } });
    expect(unknown.errors[0]?.message).toMatch(/"hologram" is not an installed activity type \(installed: page, video, document, link, quiz, scorm\)/);
  });

  it('lets admins add catalogue topics, nobody else', async () => {
    const created = await client['admin'].request<{ createTopic: { code: string; name: string } }>('mutation { createTopic(input: { code: "keuangan daerah", name: "Keuangan Daerah" }) { code name } }');
    expect(created.data?.createTopic).toEqual({ code: 'KEUANGAN_DAERAH', name: 'Keuangan Daerah' });
    expect(errorCode(await client['pelatih'].request('mutation { createTopic(input: { code: "X_Y", name: "X Y" }) { code } }'))).toBe('FORBIDDEN');
    const duplicate = await client['admin'].request('mutation { createTopic(input: { code: "KEUANGAN_DAERAH", name: "Lagi" }) { code } }');
    expect(duplicate.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a stale course save', async () => {
    const created = await client['pelatih'].request<{ createCourse: { id: string; version: number } }>('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id version } }', {
      i: { title: 'Kursus Versi', summary: 'Uji penguncian optimistis.', topicId, competencyType: 'TEKNIS', jpHours: 1, level: 'DASAR' },
    });
    const { id, version } = created.data!.createCourse;
    const first = await client['pelatih'].request('mutation($i: UpdateCourseInput!) { updateCourse(input: $i) { version } }', { i: { id, version, title: 'Kursus Versi Baru' } });
    expect(first.errors).toEqual([]);
    const stale = await client['pelatih'].request('mutation($i: UpdateCourseInput!) { updateCourse(input: $i) { version } }', { i: { id, version, title: 'Kursus Versi Lama' } });
    expect(stale.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  });

  it('refuses a stale edit of a module or activity when the editor says which version it read', async () => {
    const { courseId, outline } = await draftCourse(client['pelatih'], 'Kursus Suntingan Bersamaan');
    const read = (await client['pelatih'].request<{ coursePreview: { course: { version: number } } }>('query($id: ID!) { coursePreview(courseId: $id) { course { version } } }', { id: courseId })).data!.coursePreview.course.version;
    const page = outline.modules[0].activities[0];
    const edit = (author: GraphQLClient, markdown: string) =>
      author.request('mutation($i: UpdateActivityInput!) { updateActivity(input: $i) { completion } }', { i: { id: page.id, courseVersion: read, content: { markdown } } });
    expect((await edit(client['pelatih'], 'Versi pelatih.')).errors).toEqual([]);
    const stale = await edit(client['admin'], 'Versi admin yang basi.');
    expect(stale.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const kept = await client['pelatih'].request<{ coursePreview: Outline }>(`query($id: ID!) { coursePreview(courseId: $id) { ${OUTLINE_FIELDS} } }`, { id: courseId });
    expect(kept.data?.coursePreview.modules[0].activities[0].content['markdown']).toBe('Versi pelatih.');
  });

  it('takes a learner through a course: enrol once, progress, resume, complete exactly once', async () => {
    const { courseId } = await draftCourse(client['pelatih'], 'Kursus Perjalanan Belajar');
    await client['pelatih'].request('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId });
    const learner = client['pelajar'];
    const first = await learner.request<{ enrolInCourse: { id: string; status: string } }>('mutation($id: ID!) { enrolInCourse(courseId: $id) { id status } }', { id: courseId });
    const again = await learner.request<{ enrolInCourse: { id: string } }>('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }', { id: courseId });
    expect(again.data?.enrolInCourse.id).toBe(first.data?.enrolInCourse.id);

    let outline = (await learner.request<{ courseOutline: Outline }>(`query($id: ID!) { courseOutline(courseId: $id) { ${OUTLINE_FIELDS} } }`, { id: courseId })).data!.courseOutline;
    const [page, video] = outline.modules[0].activities;
    expect(outline.resumeActivityId).toBe(page.id);

    const record = (activityId: string, state: unknown, key: string) =>
      learner.request<{ recordActivityProgress: { completion: number; courseCompletion: number; courseCompleted: boolean } }>(
        'mutation($i: RecordProgressInput!) { recordActivityProgress(input: $i) { completion courseCompletion courseCompleted } }',
        { i: { courseId, activityId, state, idempotencyKey: key } },
      );
    expect((await record(page.id, { viewed: true }, 'key-page-0001')).data?.recordActivityProgress).toEqual({ completion: 1, courseCompletion: 0.5, courseCompleted: false });
    const halfVideo = await record(video.id, { watched: [[0, 40]], durationSeconds: 100, positionSeconds: 40 }, 'key-video-0001');
    expect(halfVideo.data?.recordActivityProgress.completion).toBeCloseTo(0.5, 5);
    // A late, older state does not undo progress.
    const stale = await record(video.id, { watched: [[0, 10]], durationSeconds: 100, positionSeconds: 10 }, 'key-video-0000');
    expect(stale.data?.recordActivityProgress.completion).toBeCloseTo(0.5, 5);

    outline = (await learner.request<{ courseOutline: Outline }>(`query($id: ID!) { courseOutline(courseId: $id) { ${OUTLINE_FIELDS} } }`, { id: courseId })).data!.courseOutline;
    expect(outline.resumeActivityId).toBe(video.id);
    expect(outline.completion).toBe(0.5);

    const finish = () => record(video.id, { watched: [[0, 85]], durationSeconds: 100, positionSeconds: 85 }, 'key-video-0002');
    const [a, b] = await Promise.all([finish(), finish()]);
    const completions = [a, b].map((result) => result.data?.recordActivityProgress.courseCompleted);
    expect(completions.filter(Boolean)).toHaveLength(1);
    const mine = await learner.request<{ myEnrolments: Array<{ courseId: string; status: string; progress: number; course: { title: string } }> }>('{ myEnrolments { courseId status progress course { title } } }');
    expect(mine.data?.myEnrolments.find((enrolment) => enrolment.courseId === courseId)).toEqual({ courseId, status: 'COMPLETED', progress: 1, course: { title: 'Kursus Perjalanan Belajar' } });
  });

  it('keeps learners on their version unless a republish is safe, and never loses their progress', async () => {
    const { courseId, outline } = await draftCourse(client['pelatih'], 'Kursus Berversi');
    await client['pelatih'].request('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId });
    const learner = client['pimpinan'];
    await learner.request('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }', { id: courseId });
    const page = outline.modules[0].activities[0];
    await learner.request('mutation($i: RecordProgressInput!) { recordActivityProgress(input: $i) { completion } }', { i: { courseId, activityId: page.id, state: { viewed: true }, idempotencyKey: 'ver-page-0001' } });

    // A text edit is safe: the learner moves to version 2 and keeps the progress.
    await client['pelatih'].request('mutation($i: UpdateActivityInput!) { updateActivity(input: $i) { completion } }', { i: { id: page.id, content: { markdown: 'Teks yang diperbaiki.' } } });
    await client['pelatih'].request('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId });
    let studied = (await learner.request<{ courseOutline: Outline }>(`query($id: ID!) { courseOutline(courseId: $id) { ${OUTLINE_FIELDS} } }`, { id: courseId })).data!.courseOutline;
    expect(studied.versionNumber).toBe(2);
    expect(studied.modules[0].activities[0].completion).toBe(1);

    // A new required activity is not safe: the learner stays on version 2.
    await client['pelatih'].request('mutation($i: AddActivityInput!) { addActivity(input: $i) { completion } }', { i: { moduleId: outline.modules[0].id, type: 'link', title: 'Tautan baru', content: { url: 'https://anri.go.id/' } } });
    await client['pelatih'].request('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId });
    studied = (await learner.request<{ courseOutline: Outline }>(`query($id: ID!) { courseOutline(courseId: $id) { ${OUTLINE_FIELDS} } }`, { id: courseId })).data!.courseOutline;
    expect(studied.versionNumber).toBe(2);
    expect(studied.modules[0].activities).toHaveLength(2);
  });

  it('opens a module only when the previous one is done, when the course says so', async () => {
    const { courseId, outline } = await draftCourse(client['pelatih'], 'Kursus Berprasyarat');
    const second = await client['pelatih'].request<{ addCourseModule: Outline }>(`mutation($i: AddModuleInput!) { addCourseModule(input: $i) { ${OUTLINE_FIELDS} } }`, { i: { courseId, title: 'Modul 2', requiresPrevious: true } });
    const moduleTwo = second.data!.addCourseModule.modules[1].id;
    const added = await client['pelatih'].request<{ addActivity: Outline }>(`mutation($i: AddActivityInput!) { addActivity(input: $i) { ${OUTLINE_FIELDS} } }`, { i: { moduleId: moduleTwo, type: 'page', title: 'Lanjutan', content: { markdown: 'Lanjutan.' } } });
    const locked = added.data!.addActivity.modules[1].activities[0].id;
    await client['pelatih'].request('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId });
    await client['admin'].request('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }', { id: courseId });
    const refused = await client['admin'].request('mutation($i: RecordProgressInput!) { recordActivityProgress(input: $i) { completion } }', { i: { courseId, activityId: locked, state: { viewed: true }, idempotencyKey: 'locked-0001' } });
    expect(refused.errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MODULE_LOCKED' });
    const view = (await client['admin'].request<{ courseOutline: Outline }>(`query($id: ID!) { courseOutline(courseId: $id) { ${OUTLINE_FIELDS} } }`, { id: courseId })).data!.courseOutline;
    expect(view.modules.map((module) => module.locked)).toEqual([false, true]);
    expect(outline.modules).toHaveLength(1);
  });

  it('lets admins and supervisors enrol others by CSV, within their reach, reporting each bad line', async () => {
    const courses = await client['admin'].request<{ courses: { items: Array<{ id: string; title: string }> } }>('{ courses(filter: { search: "TIK" }) { items { id title } } }');
    const courseId = courses.data!.courses.items[0].id;
    const csv = ['nip,nama', '199003152015032001,Dewi', '12345,Salah', '199901012020011001,Tidak terdaftar', '198811232012122001,Admin di luar Rakumpit', '199003152015032001,Ganda'].join('\n');
    const bySupervisor = await client['pimpinan'].request<{ enrolByCsv: { enrolled: number; alreadyEnrolled: number; errors: Array<{ line: number; reason: string }> } }>(
      'mutation($i: EnrolByCsvInput!) { enrolByCsv(input: $i) { enrolled alreadyEnrolled errors { line reason } } }',
      { i: { courseId, csv } },
    );
    expect(bySupervisor.errors).toEqual([]);
    expect(bySupervisor.data?.enrolByCsv.enrolled).toBe(1);
    expect(bySupervisor.data?.enrolByCsv.errors.map((error) => [error.line, error.reason])).toEqual([
      [3, 'nip "12345" must have 18 digits'],
      [4, 'nip 199901012020011001 is not registered'],
      [5, 'this person is outside your supervision'],
      [6, 'nip 199003152015032001 already appears on line 2'],
    ]);
    expect(errorCode(await client['pelajar'].request('mutation($i: EnrolUsersInput!) { enrolUsers(input: $i) { enrolled } }', { i: { courseId, userIds: [ids['pelatih']] } }))).toBe('FORBIDDEN');
    const byAdmin = await client['admin'].request<{ enrolUsers: { enrolled: number; alreadyEnrolled: number } }>('mutation($i: EnrolUsersInput!) { enrolUsers(input: $i) { enrolled alreadyEnrolled } }', { i: { courseId, userIds: [ids['pelatih'], ids['pelajar']] } });
    expect(byAdmin.data?.enrolUsers).toEqual({ enrolled: 1, alreadyEnrolled: 1 });
  });

  it("refuses one learner reading or writing another learner's progress", async () => {
    const enrolled = await client['pelajar'].request<{ myEnrolments: Array<{ id: string; courseId: string }> }>('{ myEnrolments { id courseId } }');
    const theirs = enrolled.data!.myEnrolments[0];
    const outlineOfOther = await client['mitra'].request(`query($id: ID!) { courseOutline(courseId: $id) { completion } }`, { id: theirs.courseId });
    expect(errorCode(outlineOfOther)).toBe('NOT_FOUND');
    const unenrolOther = await client['mitra'].request('mutation($id: ID!) { unenrol(enrolmentId: $id) }', { id: theirs.id });
    expect(errorCode(unenrolOther)).toBe('NOT_FOUND');
  });
});
