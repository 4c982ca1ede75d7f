import { TEST_DIALECTS } from '@tunas/shared/testing';
import { RunningApi, startApi } from './support/api-process';
import { DEMO_PASSWORD, errorCode, GraphQLClient } from './support/graphql-client';
import { enrol, mustSucceed } from './support/quiz-fixtures';
import { publishedPageCourse } from './support/course-fixtures';

const PAGE = `query($search: String, $status: CertificateStatusFilter, $offset: Int, $limit: Int) {
  certificates(search: $search, status: $status, offset: $offset, limit: $limit) {
    total
    items { id serial learnerName learnerNip courseTitle issuedAt revokedAt revocationReason verificationUrl }
  }
}`;

interface Row {
  id: string;
  serial: string;
  learnerName: string;
  learnerNip: string | null;
  courseTitle: string;
  issuedAt: string;
  revokedAt: string | null;
  revocationReason: string | null;
  verificationUrl: string;
}

interface Page {
  certificates: { total: number; items: Row[] };
}

const RECORD = 'mutation($i: RecordProgressInput!) { recordActivityProgress(input: $i) { courseCompleted } }';

let nipSerial = 0;

/** A signed-in learner with a NIP of its own (1986-07-14 birth date, TMT 2011-01, female, a serial per person). */
async function learner(admin: GraphQLClient, name: string): Promise<{ client: GraphQLClient; nip: string }> {
  nipSerial++;
  const nip = `198607142011012${String(nipSerial).padStart(3, '0')}`;
  const email = `admin.sertifikat.${nipSerial}.${Date.now().toString(36)}@tunas.test`;
  const created = await mustSucceed(
    admin.request<{ createUser: { activation: { url: string } } }>('mutation($i: CreateUserInput!) { createUser(input: $i) { activation { url } } }', {
      i: { name, email, nip, roles: ['LEARNER'] },
    }),
  );
  const client = new GraphQLClient(admin.baseUrl);
  const token = new URL(created.createUser.activation.url).searchParams.get('token');
  await mustSucceed(client.request('mutation($i: ActivateAccountInput!) { activateAccount(input: $i) { accessToken } }', { i: { token, password: DEMO_PASSWORD } }));
  await client.login(email);
  return { client, nip };
}

/** A published course of one page, authored by the trainer. */
async function pageCourse(author: GraphQLClient, title: string): Promise<{ courseId: string; activityId: string }> {
  return publishedPageCourse(author, { title, summary: 'Kursus uji untuk pencarian sertifikat.', competencyType: 'TEKNIS', jpHours: 2 });
}

describe.each(TEST_DIALECTS)('finding and revoking certificates as an admin on %s', (dialect) => {
  let api: RunningApi;
  let admin: GraphQLClient;
  let trainer: GraphQLClient;
  /** A word only this file's course titles hold, so searches count this file's certificates only. */
  const marker = `Zq${Date.now().toString(36)}`;
  const people: Array<{ name: string; nip: string }> = [];

  beforeAll(async () => {
    api = await startApi(dialect, { QUERY_COUNT_HEADER: 'true' });
    admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    const archives = await pageCourse(trainer, `Pengelolaan Arsip Dinamis ${marker}`);
    const service = await pageCourse(trainer, `Pelayanan Prima Kelurahan ${marker}`);
    // Five certificates: the first learner completes both courses, each of the others one.
    const plan: Array<[string, Array<{ courseId: string; activityId: string }>]> = [
      ['Lestari Handayani', [archives, service]],
      ['Yosef Tingang', [archives]],
      ['Nurul Katingan', [service]],
      ['Rudi Sabangau', [archives]],
    ];
    for (const [name, courses] of plan) {
      const person = await learner(admin, name);
      people.push({ name, nip: person.nip });
      for (const course of courses) {
        await enrol(person.client, course.courseId);
        const done = await mustSucceed(
          person.client.request<{ recordActivityProgress: { courseCompleted: boolean } }>(RECORD, { i: { ...course, state: { viewed: true }, idempotencyKey: `selesai-${course.courseId.slice(0, 8)}-${person.nip}` } }),
        );
        expect(done.recordActivityProgress.courseCompleted).toBe(true);
      }
    }
  });
  afterAll(() => api?.stop());

  const page = (variables: Record<string, unknown>, client: GraphQLClient = admin) => client.request<Page>(PAGE, variables);
  const items = async (variables: Record<string, unknown>) => (await mustSucceed(page(variables))).certificates;

  it('pages every matching certificate newest first, with the total on each page', async () => {
    const seen: Row[] = [];
    for (const offset of [0, 2, 4]) {
      const result = await items({ search: marker, offset, limit: 2 });
      expect(result.total).toBe(5);
      expect(result.items).toHaveLength(offset === 4 ? 1 : 2);
      seen.push(...result.items);
    }
    expect(new Set(seen.map((row) => row.id)).size).toBe(5);
    const issued = seen.map((row) => Date.parse(row.issuedAt));
    expect(issued).toEqual([...issued].sort((a, b) => b - a));
    // The last certificate issued is the first one listed.
    expect(seen[0].learnerName).toBe('Rudi Sabangau');
    expect(seen[0].verificationUrl).toMatch(/\/verify\/[A-Z2-7]{32}$/);
    expect((await items({ search: marker, offset: 5, limit: 2 })).items).toEqual([]);
  });

  it('finds certificates by serial, by part of the learner’s name in any case, by NIP and by course title', async () => {
    const all = (await items({ search: marker, limit: 10 })).items;
    const one = all[2];
    expect((await items({ search: one.serial })).items.map((row) => row.id)).toEqual([one.id]);
    const byName = await items({ search: 'lestari HANDA' });
    expect(byName.items.map((row) => row.learnerName)).toEqual(['Lestari Handayani', 'Lestari Handayani']);
    const byNip = await items({ search: people[1].nip.slice(-6) });
    expect(byNip.items.map((row) => [row.learnerName, row.learnerNip])).toEqual([['Yosef Tingang', people[1].nip]]);
    const byTitle = await items({ search: `pelayanan prima kelurahan ${marker.toLowerCase()}` });
    expect(byTitle.total).toBe(2);
    expect(byTitle.items.every((row) => row.courseTitle === `Pelayanan Prima Kelurahan ${marker}`)).toBe(true);
    // LIKE wildcards are searched for literally.
    expect((await items({ search: '%' })).total).toBe(0);
    expect((await items({ search: '_' })).total).toBe(0);
    // A blank search is no search.
    expect((await items({ search: '   ', limit: 1 })).total).toBeGreaterThanOrEqual(5);
  });

  it('filters by status, and a revoked certificate shows the reason in the list', async () => {
    const target = (await items({ search: 'Nurul Katingan' })).items[0];
    const reason = 'Data kelulusan tercatat ganda';
    await mustSucceed(admin.request('mutation($i: RevokeCertificateInput!) { revokeCertificate(input: $i) { id } }', { i: { certificateId: target.id, reason } }));
    const revoked = await items({ search: marker, status: 'REVOKED' });
    expect(revoked.total).toBe(1);
    expect(revoked.items[0]).toMatchObject({ id: target.id, revocationReason: reason, revokedAt: expect.any(String) });
    const valid = await items({ search: marker, status: 'VALID' });
    expect(valid.total).toBe(4);
    expect(valid.items.map((row) => row.id)).not.toContain(target.id);
    expect((await items({ search: marker, status: 'ALL' })).total).toBe(5);
  });

  it('answers a page in the same number of SQL statements whatever its size', async () => {
    const statements = async (limit: number) => {
      const response = await page({ search: marker, limit });
      expect(response.errors).toEqual([]);
      expect(response.data?.certificates.items).toHaveLength(limit);
      return Number(response.headers.get('x-tunas-sql-queries'));
    };
    const one = await statements(1);
    expect(one).toBeGreaterThan(0);
    expect(await statements(5)).toBe(one);
  });

  it('is for admins only', async () => {
    for (const login of ['pelajar@tunas.test', 'pelatih@tunas.test', 'pimpinan@tunas.test', 'mitra@tunas.test']) {
      const client = login === 'pelatih@tunas.test' ? trainer : new GraphQLClient(api.baseUrl);
      if (client !== trainer) await client.login(login);
      const response = await page({ search: marker }, client);
      expect({ login, code: errorCode(response), data: response.data }).toEqual({ login, code: 'FORBIDDEN', data: null });
    }
    expect(errorCode(await page({}, new GraphQLClient(api.baseUrl)))).toBe('UNAUTHENTICATED');
  });

  it('names the argument that is out of range', async () => {
    const refusal = async (variables: Record<string, unknown>) => {
      const response = await page(variables);
      return { code: errorCode(response), fields: response.errors[0]?.extensions?.fieldErrors?.map((error) => error.field) };
    };
    expect(await refusal({ limit: 0 })).toEqual({ code: 'BAD_USER_INPUT', fields: ['limit'] });
    expect(await refusal({ limit: 101 })).toEqual({ code: 'BAD_USER_INPUT', fields: ['limit'] });
    expect(await refusal({ offset: -1 })).toEqual({ code: 'BAD_USER_INPUT', fields: ['offset'] });
    expect(await refusal({ search: 'x'.repeat(101) })).toEqual({ code: 'BAD_USER_INPUT', fields: ['search'] });
    expect(errorCode(await page({ status: 'EXPIRED' }))).toBe('BAD_USER_INPUT');
  });

  it('tells the template editor which placeholders exist and what the built-in layout says', async () => {
    const guide = await mustSucceed(admin.request<{ certificateTemplateGuide: { placeholders: string[]; defaultLayout: Record<string, string> } }>('{ certificateTemplateGuide { placeholders defaultLayout } }'));
    expect(guide.certificateTemplateGuide.placeholders).toEqual(expect.arrayContaining(['learnerName', 'nip', 'courseTitle', 'jpHours', 'serial']));
    expect(guide.certificateTemplateGuide.defaultLayout).toMatchObject({ heading: 'SERTIFIKAT', accentColor: expect.stringMatching(/^#[0-9a-f]{6}$/i) });
    expect(errorCode(await trainer.request('{ certificateTemplateGuide { placeholders } }'))).toBe('FORBIDDEN');
  });
});
