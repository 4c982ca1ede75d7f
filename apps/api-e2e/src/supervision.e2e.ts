import { TEST_DIALECTS } from '@tunas/shared/testing';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { SMTPServer } from 'smtp-server';
import { freePort, RunningApi, startApi } from './support/api-process';
import { queryDatabase } from './support/database-query';
import { DEMO_PASSWORD, errorCode, GraphQLClient } from './support/graphql-client';
import { mustSucceed } from './support/quiz-fixtures';
import { publishedPageCourse } from './support/course-fixtures';

interface Mail {
  to: string[];
  body: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
async function startMailbox(port: number): Promise<{ received: Mail[]; close(): Promise<void> }> {
  const received: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { received, close: () => new Promise<void>((done) => server.close(() => done())) };
}

interface Person {
  id: string;
  email: string;
  client: GraphQLClient;
}

interface Row {
  userId: string;
  name: string;
  nip: string | null;
  unitId: string | null;
  unitName: string | null;
  jp: number;
  target: number;
  reached: boolean;
  behindBy: number;
  completions: number;
  courses: Array<{ title: string; jpHours: number; competencyType: string }>;
}

interface Dashboard {
  year: number;
  totals: { people: number; reached: number; behind: number; totalJp: number };
  byUnit: Array<{ unitId: string | null; people: number; reached: number; totalJp: number }>;
  byCompetencyType: Array<{ competencyType: string; jp: number; completions: number }>;
}

const DASHBOARD = `query($year: Int!, $unitId: ID) { supervisionDashboard(year: $year, unitId: $unitId) {
  year totals { people reached behind totalJp averageJp }
  byUnit { unitId unitName people reached behind totalJp averageJp }
  byCompetencyType { competencyType jp completions people } } }`;
interface PeoplePage {
  total: number;
  offset: number;
  limit: number;
  items: Row[];
}

interface PeopleQuery {
  unitId?: string;
  search?: string;
  status?: 'ALL' | 'BEHIND' | 'REACHED';
  orderBy?: 'NAME' | 'UNIT' | 'JP' | 'BEHIND_BY' | 'COMPLETIONS';
  descending?: boolean;
  offset?: number;
  limit?: number;
}

const PEOPLE = `query($year: Int!, $unitId: ID, $search: String, $status: SupervisedPeopleStatus, $orderBy: SupervisedPeopleOrder, $descending: Boolean, $offset: Int, $limit: Int) {
  supervisedPeople(year: $year, unitId: $unitId, search: $search, status: $status, orderBy: $orderBy, descending: $descending, offset: $offset, limit: $limit) {
    total offset limit
    items { userId name nip unitId unitName jp target reached behindBy completions courses { title jpHours competencyType } } } }`;
const PERSON = `query($userId: ID!, $year: Int!) { supervisedPerson(userId: $userId, year: $year) {
  person { userId jp behindBy }
  enrolments { title status progress completedAt score quizzes { title bestGrade attempts } }
  certificates { serial courseTitle jpHours revoked }
  badges { kind year } } }`;
const EXPORT = 'query($year: Int!, $format: SupervisionExportFormat!) { supervisionExport(year: $year, format: $format) { filename contentType encoding content } }';
const NUDGE = 'mutation($i: NudgeLearnersInput!) { nudgeLearners(input: $i) { year nudgedUserIds emailed skipped { userId reason } } }';
const NOTIFICATIONS = '{ myNotifications { id kind title body link readAt } }';
const BADGES = '{ myBadges { kind title year } }';
const LEADERBOARD = 'query($year: Int!, $unitId: ID) { unitLeaderboard(year: $year, unitId: $unitId) { unitName optedIn entries { rank userId jp } } }';
const RECORD = 'mutation($i: RecordProgressInput!) { recordActivityProgress(input: $i) { courseCompleted } }';

const YEAR = new Date().getUTCFullYear();

describe.each(TEST_DIALECTS)('supervisor dashboard, nudges and recognition on %s', (dialect) => {
  let api: RunningApi;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let admin: GraphQLClient;
  let supervisor: GraphQLClient;
  let supervisorId: string;
  let units: Map<string, string>;
  let pelajarId: string;
  // Kelurahan Pager (in Kecamatan Rakumpit): 20 JP over three core topics, and 8 JP.
  let achiever: Person;
  let starter: Person;
  // Kecamatan Rakumpit itself, nothing completed.
  let idle: Person;
  // Diskominfo, outside the subtree, but reporting to the camat directly.
  let directReport: Person;
  // Diskominfo, nobody's report here: never on the camat's dashboard, though they learn.
  let outsider: Person;

  let staffCount = 0;
  async function staff(name: string, unitCode: string, extra: Record<string, unknown> = {}): Promise<Person> {
    staffCount++;
    const email = `pengawasan.${staffCount}.${Date.now().toString(36)}@palangkaraya.go.id`;
    // Born 1987-04-(10 + n), appointed 2012-01, male, serial 00n.
    const nip = `198704${String(10 + staffCount)}2012011${String(staffCount).padStart(3, '0')}`;
    const created = await mustSucceed(
      admin.request<{ createUser: { user: { id: string }; activation: { url: string } } }>('mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } activation { url } } }', {
        i: { name, email, nip, asnType: 'PNS', orgUnitId: units.get(unitCode), roles: ['LEARNER'], ...extra },
      }),
    );
    const client = new GraphQLClient(api.baseUrl);
    const token = new URL(created.createUser.activation.url).searchParams.get('token');
    await mustSucceed(client.request('mutation($i: ActivateAccountInput!) { activateAccount(input: $i) { accessToken } }', { i: { token, password: DEMO_PASSWORD } }));
    await client.login(email);
    return { id: created.createUser.user.id, email, client };
  }

  async function pageCourse(author: GraphQLClient, title: string, topicId: string, competencyType: string, jpHours: number): Promise<{ courseId: string; activityId: string }> {
    return publishedPageCourse(author, { title, summary: 'Kursus uji untuk dasbor pimpinan.', topicId, competencyType, jpHours });
  }

  async function complete(person: Person, course: { courseId: string; activityId: string }): Promise<void> {
    await mustSucceed(person.client.request('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }', { id: course.courseId }));
    const done = await mustSucceed(
      person.client.request<{ recordActivityProgress: { courseCompleted: boolean } }>(RECORD, { i: { ...course, state: { viewed: true }, idempotencyKey: `s-${course.courseId}` } }),
    );
    expect(done.recordActivityProgress.courseCompleted).toBe(true);
  }

  const dashboard = async (client: GraphQLClient, unitId?: string) => (await mustSucceed(client.request<{ supervisionDashboard: Dashboard }>(DASHBOARD, { year: YEAR, unitId }))).supervisionDashboard;
  const page = async (client: GraphQLClient, query: PeopleQuery = {}) => (await mustSucceed(client.request<{ supervisedPeople: PeoplePage }>(PEOPLE, { year: YEAR, ...query }))).supervisedPeople;
  /** Every person the query matches, read page by page (the pages must agree on the total). */
  const everyone = async (client: GraphQLClient, query: PeopleQuery = {}, limit = 2): Promise<Row[]> => {
    const first = await page(client, { ...query, offset: 0, limit });
    const rows = [...first.items];
    for (let offset = limit; offset < first.total; offset += limit) {
      const next = await page(client, { ...query, offset, limit });
      expect(next).toMatchObject({ total: first.total, offset, limit });
      rows.push(...next.items);
    }
    expect(rows).toHaveLength(first.total);
    return rows;
  };
  const row = (rows: Row[], person: { id: string }) => rows.find((candidate) => candidate.userId === person.id);
  const ids = (rows: Row[]) => rows.map((candidate) => candidate.userId);
  const nudgeMails = () => mailbox.received.filter((mail) => mail.body.includes('Pengingat belajar'));

  beforeAll(async () => {
    const port = await freePort();
    mailbox = await startMailbox(port);
    api = await startApi(dialect, { SMTP_URL: `smtp://127.0.0.1:${port}` });
    admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    supervisor = new GraphQLClient(api.baseUrl);
    supervisorId = (await supervisor.login('pimpinan@tunas.test')).id;
    pelajarId = (await new GraphQLClient(api.baseUrl).login('pelajar@tunas.test')).id;
    units = new Map((await mustSucceed(admin.request<{ orgUnits: Array<{ id: string; code: string }> }>('{ orgUnits { id code } }'))).orgUnits.map((unit) => [unit.code, unit.id]));

    achiever = await staff('Yohana Ningsih', 'PKY-RKP-PGR');
    starter = await staff('Rudi Hartono', 'PKY-RKP-PGR');
    idle = await staff('Agus Salim', 'PKY-RKP');
    directReport = await staff('Lina Marlina', 'PKY-DISKOMINFO', { supervisorId });
    outsider = await staff('Hendra Gunawan', 'PKY-DISKOMINFO');

    const trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    const topics = (await mustSucceed(trainer.request<{ topics: Array<{ id: string; code: string }> }>('{ topics { id code } }'))).topics;
    const topic = (code: string) => topics.find((candidate) => candidate.code === code)?.id ?? '';
    const projects = await pageCourse(trainer, 'Dasar Manajemen Proyek', topic('MANAJEMEN_PROYEK'), 'TEKNIS', 8);
    const facilitation = await pageCourse(trainer, 'Fasilitasi Musyawarah', topic('FASILITASI'), 'MANAJERIAL', 8);
    const it = await pageCourse(trainer, 'Pemanfaatan TI untuk Layanan', topic('PEMANFAATAN_TI'), 'SOSIAL_KULTURAL', 4);
    for (const course of [projects, facilitation, it]) await complete(achiever, course);
    await complete(starter, projects);
    await complete(outsider, projects);
  });
  afterAll(async () => {
    await api?.stop();
    await mailbox?.close();
  });

  it('shows the camat exactly the people of the Rakumpit subtree and the direct reports, with JP against the target', async () => {
    const board = await dashboard(supervisor);
    const people = await everyone(supervisor);
    expect(ids(people).sort()).toEqual([pelajarId, achiever.id, starter.id, idle.id, directReport.id].sort());
    expect(row(people, achiever)).toMatchObject({ jp: 20, target: 20, reached: true, behindBy: 0, completions: 3 });
    expect(row(people, achiever)?.courses.map((course) => course.title)).toEqual(['Dasar Manajemen Proyek', 'Fasilitasi Musyawarah', 'Pemanfaatan TI untuk Layanan']);
    expect(row(people, starter)).toMatchObject({ jp: 8, target: 20, reached: false, behindBy: 12, completions: 1, courses: [{ title: 'Dasar Manajemen Proyek', jpHours: 8, competencyType: 'TEKNIS' }] });
    expect(row(people, idle)).toMatchObject({ jp: 0, reached: false, behindBy: 20, completions: 0, courses: [] });
    expect(row(people, directReport)).toMatchObject({ jp: 0, behindBy: 20 });
    expect(board.totals).toMatchObject({ people: 5, reached: 1, behind: 4, totalJp: 28 });
    expect(board.byUnit.find((unit) => unit.unitId === units.get('PKY-RKP-PGR'))).toMatchObject({ people: 2, reached: 1, totalJp: 28 });
    expect(board.byCompetencyType).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ competencyType: 'TEKNIS', jp: 16, completions: 2 }),
        expect.objectContaining({ competencyType: 'MANAJERIAL', jp: 8, completions: 1 }),
        expect.objectContaining({ competencyType: 'SOSIAL_KULTURAL', jp: 4, completions: 1 }),
      ]),
    );
  });

  it('narrows to a unit of the subtree, and answers NOT_FOUND for a unit outside it', async () => {
    const pager = await dashboard(supervisor, units.get('PKY-RKP-PGR'));
    expect(pager.totals).toMatchObject({ people: 2, reached: 1, totalJp: 28 });
    expect(ids(await everyone(supervisor, { unitId: units.get('PKY-RKP-PGR') })).sort()).toEqual([achiever.id, starter.id].sort());
    expect(errorCode(await supervisor.request(DASHBOARD, { year: YEAR, unitId: units.get('PKY-DISKOMINFO') }))).toBe('NOT_FOUND');
    expect(errorCode(await supervisor.request(PEOPLE, { year: YEAR, unitId: units.get('PKY-DISKOMINFO') }))).toBe('NOT_FOUND');
    expect(errorCode(await supervisor.request(PEOPLE, { year: YEAR, unitId: units.get('PKY-DISKOMINFO'), search: 'Hendra', status: 'BEHIND' }))).toBe('NOT_FOUND');
  });

  it('shows admins everyone, and refuses learners', async () => {
    const board = await dashboard(admin);
    expect(board.totals.people).toBeGreaterThanOrEqual(6);
    expect(row((await page(admin, { search: 'Hendra Gunawan' })).items, outsider)).toMatchObject({ jp: 8, behindBy: 12 });
    expect(row((await page(admin, { search: 'yohana' })).items, achiever)).toMatchObject({ jp: 20 });
    expect((await page(admin, { limit: 100 })).total).toBe(board.totals.people);
    expect(errorCode(await achiever.client.request(DASHBOARD, { year: YEAR }))).toBe('FORBIDDEN');
    expect(errorCode(await achiever.client.request(PEOPLE, { year: YEAR }))).toBe('FORBIDDEN');
  });

  it('pages the people without overlap or gaps, each page telling the total', async () => {
    const all = await page(supervisor, { limit: 100 });
    expect(all).toMatchObject({ total: 5, offset: 0, limit: 100 });
    const byTwo = await everyone(supervisor, {}, 2);
    expect(ids(byTwo)).toEqual(ids(all.items));
    expect(ids((await page(supervisor, { offset: 4, limit: 2 })).items)).toEqual(ids(all.items).slice(4));
    expect(await page(supervisor, { offset: 50, limit: 25 })).toMatchObject({ total: 5, offset: 50, limit: 25, items: [] });
    // Without arguments: the first 25, by name.
    expect(await page(supervisor)).toMatchObject({ total: 5, offset: 0, limit: 25 });
  });

  it('sorts by each column both ways, ties by name and then id, the same on every page', async () => {
    const names = async (orderBy: PeopleQuery['orderBy'], descending = false) => (await everyone(supervisor, { orderBy, descending }, 2)).map((person) => person.name);
    expect(await names('NAME')).toEqual(['Agus Salim', 'Dewi Lestari, S.E.', 'Lina Marlina', 'Rudi Hartono', 'Yohana Ningsih']);
    expect(await names('NAME', true)).toEqual(['Yohana Ningsih', 'Rudi Hartono', 'Lina Marlina', 'Dewi Lestari, S.E.', 'Agus Salim']);
    expect(await names('JP', true)).toEqual(['Yohana Ningsih', 'Rudi Hartono', 'Agus Salim', 'Dewi Lestari, S.E.', 'Lina Marlina']);
    expect(await names('JP')).toEqual(['Agus Salim', 'Dewi Lestari, S.E.', 'Lina Marlina', 'Rudi Hartono', 'Yohana Ningsih']);
    expect(await names('BEHIND_BY', true)).toEqual(['Agus Salim', 'Dewi Lestari, S.E.', 'Lina Marlina', 'Rudi Hartono', 'Yohana Ningsih']);
    expect(await names('BEHIND_BY')).toEqual(['Yohana Ningsih', 'Rudi Hartono', 'Agus Salim', 'Dewi Lestari, S.E.', 'Lina Marlina']);
    expect(await names('COMPLETIONS', true)).toEqual(['Yohana Ningsih', 'Rudi Hartono', 'Agus Salim', 'Dewi Lestari, S.E.', 'Lina Marlina']);
    const byUnit = await everyone(supervisor, { orderBy: 'UNIT' }, 2);
    const unitKey = (person: Row) => (person.unitName ?? '').toLowerCase();
    expect(byUnit.map(unitKey)).toEqual(byUnit.map(unitKey).sort());
    const pager = byUnit.filter((person) => person.unitId === units.get('PKY-RKP-PGR')).map((person) => person.name);
    expect(pager).toEqual(['Rudi Hartono', 'Yohana Ningsih']);
    expect((await everyone(supervisor, { orderBy: 'UNIT', descending: true }, 2)).map(unitKey)).toEqual(byUnit.map(unitKey).reverse());
  });

  it('filters by status and searches by name or NIP, counting only what matches', async () => {
    expect(ids(await everyone(supervisor, { status: 'BEHIND' })).sort()).toEqual([pelajarId, starter.id, idle.id, directReport.id].sort());
    expect(ids(await everyone(supervisor, { status: 'REACHED' }))).toEqual([achiever.id]);
    const rudi = await page(supervisor, { search: '  hARTono ' });
    expect(rudi).toMatchObject({ total: 1, items: [{ userId: starter.id }] });
    const starterNip = rudi.items[0].nip ?? '';
    expect(ids((await page(supervisor, { search: starterNip.slice(4, 12) })).items)).toContain(starter.id);
    expect((await page(supervisor, { search: 'hartono', status: 'REACHED' })).total).toBe(0);
    expect((await page(supervisor, { search: 'a', status: 'BEHIND', orderBy: 'JP', limit: 1 })).total).toBe(4);
    // LIKE's wildcards are searched for literally.
    for (const wildcard of ['%', '_', '%a%', '!']) expect((await page(supervisor, { search: wildcard })).total).toBe(0);
  });

  it('never shows a supervisor anyone outside their subtree and direct reports, whatever the paging, search, status or order', async () => {
    const reach = [pelajarId, achiever.id, starter.id, idle.id, directReport.id].sort();
    const outsiderNip = (await page(admin, { search: 'Hendra Gunawan' })).items[0].nip ?? '';
    for (const search of ['Hendra', 'gunawan', outsiderNip, outsiderNip.slice(0, 10), 'Diskominfo']) {
      expect((await page(supervisor, { search, limit: 100 })).total).toBe(0);
    }
    for (const status of ['ALL', 'BEHIND', 'REACHED'] as const) {
      for (const orderBy of ['NAME', 'UNIT', 'JP', 'BEHIND_BY', 'COMPLETIONS'] as const) {
        for (const descending of [false, true]) {
          const seen = ids(await everyone(supervisor, { status, orderBy, descending }, 2));
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen.every((id) => reach.includes(id))).toBe(true);
          expect(seen.length).toBe(status === 'ALL' ? 5 : status === 'BEHIND' ? 4 : 1);
        }
      }
    }
    // The direct report is in Diskominfo, but the unit itself stays out of reach.
    expect(ids(await everyone(supervisor, { search: 'Lina' }))).toEqual([directReport.id]);
  });

  it('refuses bad paging arguments, naming the field', async () => {
    const refusal = async (query: Record<string, unknown>) => {
      const response = await supervisor.request(PEOPLE, { year: YEAR, ...query });
      return { code: errorCode(response), fields: response.errors[0]?.extensions?.fieldErrors?.map((error) => error.field) };
    };
    expect(await refusal({ limit: 0 })).toEqual({ code: 'BAD_USER_INPUT', fields: ['limit'] });
    expect(await refusal({ limit: 101 })).toEqual({ code: 'BAD_USER_INPUT', fields: ['limit'] });
    expect(await refusal({ offset: -1 })).toEqual({ code: 'BAD_USER_INPUT', fields: ['offset'] });
    expect(await refusal({ search: 'x'.repeat(101) })).toEqual({ code: 'BAD_USER_INPUT', fields: ['search'] });
    expect(await refusal({ year: 1999 })).toEqual({ code: 'BAD_USER_INPUT', fields: ['year'] });
    expect(await refusal({ unitId: 'not-a-uuid' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['unitId'] });
    expect(errorCode(await supervisor.request(PEOPLE, { year: YEAR, status: 'LATE' }))).toBe('BAD_USER_INPUT');
  });

  it('drills down to a person in reach, and answers NOT_FOUND by id for anyone else', async () => {
    const detail = await mustSucceed(
      supervisor.request<{ supervisedPerson: { person: { jp: number }; enrolments: Array<{ status: string; progress: number }>; certificates: Array<{ jpHours: number; revoked: boolean }>; badges: Array<{ kind: string }> } }>(PERSON, {
        userId: achiever.id,
        year: YEAR,
      }),
    );
    expect(detail.supervisedPerson.person.jp).toBe(20);
    expect(detail.supervisedPerson.enrolments).toHaveLength(3);
    expect(detail.supervisedPerson.enrolments.every((enrolment) => enrolment.status === 'COMPLETED' && enrolment.progress === 1)).toBe(true);
    expect(detail.supervisedPerson.certificates.map((certificate) => certificate.jpHours).sort()).toEqual([4, 8, 8]);
    expect(errorCode(await supervisor.request(PERSON, { userId: outsider.id, year: YEAR }))).toBe('NOT_FOUND');
    expect(errorCode(await supervisor.request(PERSON, { userId: '00000000-0000-4000-8000-000000000000', year: YEAR }))).toBe('NOT_FOUND');
    expect(errorCode(await supervisor.request(PERSON, { userId: directReport.id, year: YEAR }))).toBeUndefined();
    expect(errorCode(await admin.request(PERSON, { userId: outsider.id, year: YEAR }))).toBeUndefined();
  });

  it('exports CSV and XLSX with a header and one row per person, the same rows in both', async () => {
    const csv = (await mustSucceed(supervisor.request<{ supervisionExport: { filename: string; encoding: string; content: string } }>(EXPORT, { year: YEAR, format: 'CSV' }))).supervisionExport;
    expect(csv).toMatchObject({ filename: `rekap-jp-${YEAR}.csv`, encoding: 'utf-8' });
    const csvRows = parse(csv.content, { bom: true }) as string[][];
    expect(csvRows[0]).toEqual(expect.arrayContaining(['NIP', 'Nama', `JP ${YEAR}`, 'Target JP', 'Kurang JP']));
    expect(csvRows).toHaveLength(1 + 5);
    const starterRow = csvRows.find((cells) => cells[1] === 'Rudi Hartono');
    expect(starterRow?.[csvRows[0].indexOf(`JP ${YEAR}`)]).toBe('8');
    expect(starterRow?.[csvRows[0].indexOf('Kurang JP')]).toBe('12');
    expect(csvRows.some((cells) => cells[1] === 'Hendra Gunawan')).toBe(false);

    const xlsx = (await mustSucceed(supervisor.request<{ supervisionExport: { filename: string; encoding: string; contentType: string; content: string } }>(EXPORT, { year: YEAR, format: 'XLSX' }))).supervisionExport;
    expect(xlsx).toMatchObject({ filename: `rekap-jp-${YEAR}.xlsx`, encoding: 'base64', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const bytes = Buffer.from(xlsx.content, 'base64');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheetRows: string[][] = [];
    workbook.worksheets[0].eachRow((sheetRow) => sheetRows.push((sheetRow.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
    expect(sheetRows).toEqual(csvRows.map((cells) => cells.map((cell) => cell)));
  });

  it('nudges everyone behind once a day, in the portal and by e-mail, and records who nudged whom', async () => {
    const behind = [pelajarId, starter.id, idle.id, directReport.id].sort();
    const first = (await mustSucceed(supervisor.request<{ nudgeLearners: { nudgedUserIds: string[]; emailed: number; skipped: unknown[] } }>(NUDGE, { i: { message: 'Ayo selesaikan target JP bulan ini.' } }))).nudgeLearners;
    expect(first.nudgedUserIds.sort()).toEqual(behind);
    expect(first.emailed).toBe(4);
    expect(first.skipped).toEqual([]);
    expect(nudgeMails()).toHaveLength(4);
    const starterMail = nudgeMails().find((mail) => mail.to.includes(starter.email));
    expect(starterMail?.body.replace(/=\r?\n/g, '')).toContain('kurang 12 JP');

    const notifications = (await mustSucceed(starter.client.request<{ myNotifications: Array<{ id: string; kind: string; body: string; link: string; readAt: string | null }> }>(NOTIFICATIONS))).myNotifications;
    const reminders = notifications.filter((notification) => notification.kind === 'NUDGE');
    expect(reminders).toHaveLength(1);
    const [reminder] = reminders;
    expect(reminder).toMatchObject({ link: '/kursus', readAt: null });
    expect(reminder.body).toContain('kurang 12 JP');
    expect(reminder.body).toContain('Ayo selesaikan target JP bulan ini.');
    expect((await mustSucceed(achiever.client.request<{ myNotifications: Array<{ kind: string }> }>(NOTIFICATIONS))).myNotifications.some((notification) => notification.kind === 'NUDGE')).toBe(false);

    expect(errorCode(await idle.client.request('mutation($id: ID!) { markNotificationRead(id: $id) { id } }', { id: reminder.id }))).toBe('NOT_FOUND');
    const read = await mustSucceed(starter.client.request<{ markNotificationRead: { readAt: string | null } }>('mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }', { id: reminder.id }));
    expect(read.markNotificationRead.readAt).not.toBeNull();

    const UNREAD = '{ myNotifications(unreadOnly: true) { id } }';
    const unreadOf = async (client: GraphQLClient) => (await mustSucceed(client.request<{ myNotifications: Array<{ id: string }> }>(UNREAD))).myNotifications.length;
    const MARK_ALL = 'mutation { markAllNotificationsRead }';
    const idleUnread = await unreadOf(idle.client);
    expect(idleUnread).toBeGreaterThan(0);
    const achieverUnread = await unreadOf(achiever.client);
    expect((await mustSucceed(idle.client.request<{ markAllNotificationsRead: number }>(MARK_ALL))).markAllNotificationsRead).toBe(idleUnread);
    expect(await unreadOf(idle.client)).toBe(0);
    expect(await unreadOf(achiever.client)).toBe(achieverUnread);
    expect((await mustSucceed(idle.client.request<{ markAllNotificationsRead: number }>(MARK_ALL))).markAllNotificationsRead).toBe(0);

    const again = (await mustSucceed(supervisor.request<{ nudgeLearners: { nudgedUserIds: string[]; emailed: number; skipped: Array<{ userId: string; reason: string }> } }>(NUDGE, { i: {} }))).nudgeLearners;
    expect(again.nudgedUserIds).toEqual([]);
    expect(again.skipped.map((skip) => skip.userId).sort()).toEqual(behind);
    expect(new Set(again.skipped.map((skip) => skip.reason))).toEqual(new Set(['ALREADY_NUDGED_TODAY']));
    expect(nudgeMails()).toHaveLength(4);

    const recorded = await queryDatabase<{ user_id: string; supervisor_id: string; emailed_at: unknown }>(api, 'SELECT user_id, supervisor_id, emailed_at FROM nudges');
    expect(recorded.map((nudge) => nudge.user_id).sort()).toEqual(behind);
    expect(recorded.every((nudge) => nudge.supervisor_id === supervisorId && nudge.emailed_at !== null)).toBe(true);
  });

  it('skips a chosen person who reached the target, and refuses a chosen person outside reach', async () => {
    const chosen = (await mustSucceed(supervisor.request<{ nudgeLearners: { nudgedUserIds: string[]; skipped: Array<{ userId: string; reason: string }> } }>(NUDGE, { i: { userIds: [achiever.id] } }))).nudgeLearners;
    expect(chosen).toMatchObject({ nudgedUserIds: [], emailed: 0, skipped: [{ userId: achiever.id, reason: 'NOT_BEHIND' }] });
    expect(errorCode(await supervisor.request(NUDGE, { i: { userIds: [outsider.id] } }))).toBe('NOT_FOUND');
  });

  it('awards each milestone badge exactly once', async () => {
    // Awarded in the completing transactions already, before anybody reads them.
    const onCompletion = await queryDatabase<{ award_key: string }>(api, 'SELECT award_key FROM badges WHERE user_id = ?', [achiever.id]);
    expect(onCompletion.map((badge) => badge.award_key).sort()).toEqual(['CORE_TOPICS', 'FIRST_COURSE', `JP_TARGET_REACHED:${YEAR}`]);
    const kinds = (badges: Array<{ kind: string }>) => badges.map((badge) => badge.kind).sort();
    const mine = (await mustSucceed(achiever.client.request<{ myBadges: Array<{ kind: string; year: number | null }> }>(BADGES))).myBadges;
    expect(kinds(mine)).toEqual(['CORE_TOPICS', 'FIRST_COURSE', 'JP_TARGET_REACHED']);
    expect(mine.find((badge) => badge.kind === 'JP_TARGET_REACHED')?.year).toBe(YEAR);
    await Promise.all([achiever.client.request(BADGES), achiever.client.request(BADGES), supervisor.request(PERSON, { userId: achiever.id, year: YEAR })]);
    const stored = await queryDatabase<{ award_key: string }>(api, 'SELECT award_key FROM badges WHERE user_id = ?', [achiever.id]);
    expect(stored.map((badge) => badge.award_key).sort()).toEqual(['CORE_TOPICS', 'FIRST_COURSE', `JP_TARGET_REACHED:${YEAR}`]);
    expect(kinds((await mustSucceed(starter.client.request<{ myBadges: Array<{ kind: string }> }>(BADGES))).myBadges)).toEqual(['FIRST_COURSE']);
    expect((await mustSucceed(idle.client.request<{ myBadges: unknown[] }>(BADGES))).myBadges).toEqual([]);
    const badgeNotes = (await mustSucceed(achiever.client.request<{ myNotifications: Array<{ kind: string }> }>(NOTIFICATIONS))).myNotifications.filter((notification) => notification.kind === 'BADGE');
    expect(badgeNotes).toHaveLength(3);
  });

  it('ranks only the people of a unit who opted in on its leaderboard', async () => {
    expect(await mustSucceed(achiever.client.request('mutation { setLeaderboardOptIn(optIn: true) }'))).toEqual({ setLeaderboardOptIn: true });
    await mustSucceed(starter.client.request('mutation { setLeaderboardOptIn(optIn: true) }'));
    const board = (await mustSucceed(starter.client.request<{ unitLeaderboard: { optedIn: boolean; entries: Array<{ rank: number; userId: string; jp: number }> } }>(LEADERBOARD, { year: YEAR }))).unitLeaderboard;
    expect(board.optedIn).toBe(true);
    expect(board.entries).toEqual([
      { rank: 1, userId: achiever.id, jp: 20 },
      { rank: 2, userId: starter.id, jp: 8 },
    ]);
    // The camat's kecamatan board includes the kelurahan under it, still only the people who opted in.
    const kecamatan = (await mustSucceed(supervisor.request<{ unitLeaderboard: { optedIn: boolean; entries: Array<{ userId: string }> } }>(LEADERBOARD, { year: YEAR }))).unitLeaderboard;
    expect(kecamatan.optedIn).toBe(false);
    expect(kecamatan.entries.map((entry) => entry.userId)).toEqual([achiever.id, starter.id]);
    expect(errorCode(await starter.client.request(LEADERBOARD, { year: YEAR, unitId: units.get('PKY-DISKOMINFO') }))).toBe('NOT_FOUND');

    await mustSucceed(starter.client.request('mutation { setLeaderboardOptIn(optIn: false) }'));
    const after = (await mustSucceed(supervisor.request<{ unitLeaderboard: { entries: Array<{ userId: string }> } }>(LEADERBOARD, { year: YEAR, unitId: units.get('PKY-RKP-PGR') }))).unitLeaderboard;
    expect(after.entries.map((entry) => entry.userId)).toEqual([achiever.id]);
  });
});
