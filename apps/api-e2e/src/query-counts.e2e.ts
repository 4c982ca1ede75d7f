import { TEST_DIALECTS } from '@tunas/shared/testing';
import { RunningApi, startApi } from './support/api-process';
import { queryDatabase } from './support/database-query';
import { GraphQLClient } from './support/graphql-client';

/** SQL statements per request are deterministic: a list must cost the same whatever its length. */
describe.each(TEST_DIALECTS)('SQL queries per request on %s', (dialect) => {
  let api: RunningApi;
  let admin: GraphQLClient;

  beforeAll(async () => {
    api = await startApi(dialect, { QUERY_COUNT_HEADER: 'true' });
    admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    const kelurahan = ['Kelurahan Pager', 'Kelurahan Panjehang', 'Kelurahan Gaung Baru', 'Kelurahan Bukit Sua'];
    const rows = Array.from({ length: 60 }, (_, i) => `19900101201501${i % 2 === 0 ? '1' : '2'}${String(i + 1).padStart(3, '0')},Pegawai ${i + 1},pegawai${i + 1}@palangkaraya.go.id,${kelurahan[i % 4]},PNS`);
    const imported = await admin.request<{ importUsers: { imported: number } }>('mutation($i: ImportUsersInput!) { importUsers(input: $i) { imported } }', {
      i: { csv: ['nip,nama,email,unit_kerja,jenis_asn', ...rows].join('\n') },
    });
    expect(imported.data?.importUsers.imported).toBe(60);
  });
  afterAll(() => api?.stop());

  const queries = async (client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) => {
    const response = await client.request(query, variables);
    expect(response.errors).toEqual([]);
    return Number(response.headers.get('x-tunas-sql-queries'));
  };

  it('lists users with their unit, supervisor and institution in the same number of queries for 5 or 60', async () => {
    const list = 'query($limit: Int!) { users(page: { limit: $limit }) { total items { id roles orgUnit { name } supervisor { name } institution { name } } } }';
    const small = await queries(admin, list, { limit: 5 });
    const large = await queries(admin, list, { limit: 60 });
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it("lists a trainer's authored courses with their draft sizes in the same number of queries as courses grow", async () => {
    const trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    const authored = '{ myAuthoredCourses { id moduleCount activityCount } }';
    const before = await queries(trainer, authored);
    const topics = await trainer.request<{ topics: Array<{ id: string }> }>('{ topics { id } }');
    await trainer.request('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', { i: { title: 'Kursus Tambahan', summary: 'Uji jumlah kueri.', topicId: topics.data!.topics[0].id, competencyType: 'TEKNIS', jpHours: 1, level: 'DASAR' } });
    const list = await trainer.request<{ myAuthoredCourses: Array<{ moduleCount: number; activityCount: number }> }>(authored);
    expect(list.data!.myAuthoredCourses.length).toBe(4);
    expect(list.data!.myAuthoredCourses.some((course) => course.activityCount >= 7)).toBe(true);
    expect(await queries(trainer, authored)).toBe(before);
  });

  it('pages the catalogue in the same number of queries for 1 or 3 courses', async () => {
    const list = 'query($limit: Int!) { courses(page: { limit: $limit }) { total items { id title topic { name } moduleCount activityCount } } }';
    // Published versions stay in memory once read (PublishedVersions): compare requests once they are.
    await queries(admin, list, { limit: 3 });
    const three = await queries(admin, list, { limit: 3 });
    expect(await queries(admin, list, { limit: 1 })).toBe(three);
    expect(three).toBeLessThanOrEqual(2);
  });

  it('answers the dashboard and the course outline in the same number of queries whatever the enrolments', async () => {
    const learner = new GraphQLClient(api.baseUrl);
    await learner.login('pelajar@tunas.test');
    const dashboard = '{ myEnrolments { courseId progress status versionNumber course { title jpHours topic { name } activityCount } } }';
    await queries(learner, dashboard);
    const before = await queries(learner, dashboard);
    const catalogue = await learner.request<{ courses: { items: Array<{ id: string }> } }>('{ courses { items { id } } }');
    for (const course of catalogue.data!.courses.items) await learner.request('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }', { id: course.id });
    expect(await queries(learner, dashboard)).toBe(before);
    const outline = 'query($id: ID!) { courseOutline(courseId: $id) { completion modules { activities { id completion } } } }';
    const counts = await Promise.all(catalogue.data!.courses.items.map((course) => queries(learner, outline, { id: course.id })));
    expect(new Set(counts).size).toBe(1);
  });

  it('answers the supervision dashboard and a page of its people in the same number of queries whatever the page or staff size, and reports SQL time', async () => {
    // The portal's first screen: the aggregates and the first page, each person with what counted toward their JP.
    const firstScreen = `query($year: Int!, $limit: Int!, $status: SupervisedPeopleStatus!) {
      supervisionDashboard(year: $year) { totals { people } byUnit { unitName people } byCompetencyType { competencyType jp } }
      supervisedPeople(year: $year, status: $status, orderBy: BEHIND_BY, descending: true, limit: $limit, search: "a") { total items { userId jp reached courses { title jpHours } } } }`;
    const read = async (limit: number, status = 'ALL') => {
      const response = await admin.request<{ supervisionDashboard: { totals: { people: number } }; supervisedPeople: { items: unknown[] } }>(firstScreen, { year: 2026, limit, status });
      expect(response.errors).toEqual([]);
      const sqlMs = Number(response.headers.get('x-tunas-sql-ms'));
      expect(Number.isFinite(sqlMs) && sqlMs >= 0).toBe(true);
      return { people: response.data!.supervisionDashboard.totals.people, rows: response.data!.supervisedPeople.items.length, queries: Number(response.headers.get('x-tunas-sql-queries')) };
    };
    const small = await read(1);
    const before = await read(100);
    expect(small.rows).toBe(1);
    expect(before.rows).toBeGreaterThan(50);
    expect(before.queries).toBe(small.queries);
    const rows = Array.from({ length: 30 }, (_, i) => `19910202201601${i % 2 === 0 ? '1' : '2'}${String(i + 1).padStart(3, '0')},Staf ${i + 1},staf${i + 1}@palangkaraya.go.id,Kelurahan Pager,PNS`);
    await admin.request('mutation($i: ImportUsersInput!) { importUsers(input: $i) { imported } }', { i: { csv: ['nip,nama,email,unit_kerja,jenis_asn', ...rows].join('\n') } });
    const after = await read(100);
    expect(after.people).toBe(before.people + 30);
    expect(after.queries).toBe(before.queries);
    // Filtering by status counts in a query of its own shape, still one.
    expect((await read(100, 'BEHIND')).queries).toBe(before.queries);
  });
  it('enrols a CSV of 5 or of 55 people in the same number of queries, and a repeat enrols nobody twice', async () => {
    const courses = await admin.request<{ courses: { items: Array<{ id: string }> } }>('{ courses(page: { limit: 1 }) { items { id } } }');
    const courseId = courses.data!.courses.items[0].id;
    const nips = Array.from({ length: 60 }, (_, i) => `19900101201501${i % 2 === 0 ? '1' : '2'}${String(i + 1).padStart(3, '0')}`);
    const enrol = async (lines: string[]) => {
      const response = await admin.request<{ enrolByCsv: { enrolled: number; alreadyEnrolled: number; errors: unknown[] } }>(
        'mutation($i: EnrolByCsvInput!) { enrolByCsv(input: $i) { enrolled alreadyEnrolled errors { line reason } } }',
        { i: { courseId, csv: ['nip', ...lines].join('\n') } },
      );
      expect(response.errors).toEqual([]);
      return { ...response.data!.enrolByCsv, queries: Number(response.headers.get('x-tunas-sql-queries')) };
    };
    const five = await enrol(nips.slice(0, 5));
    const rest = await enrol(nips.slice(5));
    expect([five.enrolled, five.alreadyEnrolled, rest.enrolled, rest.alreadyEnrolled]).toEqual([5, 0, 55, 0]);
    expect(rest.queries).toBe(five.queries);
    const again = await enrol(nips);
    expect([again.enrolled, again.alreadyEnrolled, again.errors.length]).toEqual([0, 60, 0]);
    // Each enrolment is stored with its learning event, written by the same multi-row statements on both dialects.
    const stored = await queryDatabase<{ source: string; status: string; events: number | string; at: unknown }>(
      api,
      `SELECT e.source, e.status, COUNT(le.id) AS events, MAX(le.occurred_at) AS at FROM enrolments e
         JOIN users u ON u.id = e.user_id
         LEFT JOIN learning_events le ON le.actor_id = e.user_id AND le.course_id = e.course_id AND le.verb = 'registered'
        WHERE e.course_id = ? AND u.nip LIKE '19900101201501%' GROUP BY e.id, e.source, e.status`,
      [courseId],
    );
    expect(stored).toHaveLength(60);
    expect(stored.every((row) => row.source === 'CSV' && row.status === 'ACTIVE' && Number(row.events) === 1 && row.at !== null)).toBe(true);
    const context = await queryDatabase<{ context: unknown }>(
      api,
      "SELECT le.context FROM learning_events le JOIN users u ON u.id = le.actor_id WHERE le.course_id = ? AND le.verb = 'registered' AND u.nip = ?",
      [courseId, nips[0]],
    );
    const parsed = typeof context[0].context === 'string' ? JSON.parse(context[0].context) : context[0].context;
    expect(parsed).toEqual({ source: 'CSV', enrolledBy: expect.any(String) });
  });
});
