import { TEST_DIALECTS } from '@tunas/shared/testing';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RunningApi, startApi } from './support/api-process';
import { queryDatabase } from './support/database-query';
import { DEMO_PASSWORD, errorCode, GraphQLClient, GraphQLResponse } from './support/graphql-client';
import { enrol, mustSucceed } from './support/quiz-fixtures';
import { publishedPageCourse } from './support/course-fixtures';

const ENTRY_FIELDS = 'id source title jpHours competencyType route provider startedAt endedAt score courseId certificateId claimId';
const CLAIM_FIELDS = 'id userId learnerName title provider startedOn endedOn jpHours competencyType route status submittedAt reviewedAt reviewerName reviewComment evidence { fileName mediaType size sha256 downloadPath }';
const RECORD_FIELDS = `userId learnerName asnType year targetJp totalJp remainingJp targetReached byCompetencyType { competencyType jpHours } entries { ${ENTRY_FIELDS} } externalLearning { ${CLAIM_FIELDS} }`;

const MY_RECORD = `query($y: Int) { myLearningRecord(year: $y) { ${RECORD_FIELDS} } }`;
const RECORD_OF = `query($u: ID!, $y: Int) { learningRecordOf(userId: $u, year: $y) { ${RECORD_FIELDS} } }`;
const SUBMIT = `mutation($i: SubmitExternalLearningInput!) { submitExternalLearning(input: $i) { ${CLAIM_FIELDS} } }`;
const REVIEW = `mutation($i: ReviewExternalLearningInput!) { reviewExternalLearning(input: $i) { ${CLAIM_FIELDS} } }`;
const PENDING = `{ pendingExternalLearning { ${CLAIM_FIELDS} } }`;
const PROGRESS = 'mutation($i: RecordProgressInput!) { recordActivityProgress(input: $i) { courseCompleted } }';

interface Entry {
  id: string;
  source: string;
  title: string;
  jpHours: number;
  competencyType: string;
  route: string;
  provider: string;
  startedAt: string;
  endedAt: string;
  score: number | null;
  courseId: string | null;
  certificateId: string | null;
  claimId: string | null;
}

interface Claim {
  id: string;
  userId: string;
  title: string;
  status: string;
  jpHours: number;
  reviewerName: string | null;
  reviewComment: string | null;
  evidence: { fileName: string; mediaType: string; size: number; sha256: string; downloadPath: string };
}

interface LearningRecord {
  userId: string;
  asnType: string | null;
  year: number;
  targetJp: number;
  totalJp: number;
  remainingJp: number;
  targetReached: boolean;
  byCompetencyType: Array<{ competencyType: string; jpHours: number }>;
  entries: Entry[];
  externalLearning: Claim[];
}

interface Person {
  client: GraphQLClient;
  id: string;
}

const YEAR = new Date().getUTCFullYear();
/** Yesterday as YYYY-MM-DD (UTC), for learning that has ended; falls back to January 1st early in the year. */
const ENDED_ON = new Date(Math.max(Date.now() - 24 * 3600 * 1000, Date.UTC(YEAR, 0, 1))).toISOString().slice(0, 10);
const STARTED_ON = `${YEAR}-01-01`;

/** A small but real PDF: what the evidence check looks at is its first bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let people = 0;

/** A person made by an admin with the given facts, activated and signed in. */
/** The learner's inbox entries about decisions on their claims. */
async function claimDecisions(learner: Person): Promise<Array<{ kind: string; title: string; body: string; link: string | null }>> {
  const inbox = await mustSucceed(learner.client.request<{ myNotifications: Array<{ kind: string; title: string; body: string; link: string | null }> }>('{ myNotifications { kind title body link } }'));
  return inbox.myNotifications.filter((item) => item.kind === 'CLAIM_REVIEWED');
}

async function person(admin: GraphQLClient, name: string, facts: { roles?: string[]; asnType?: string; supervisorId?: string; orgUnitId?: string } = {}): Promise<Person> {
  people++;
  const email = `jp.${people}.${Date.now().toString(36)}@tunas.test`;
  // PNS and PPPK staff need a NIP (1986-04-15 birth date, TMT 2011-01, male, a serial per person).
  const nip = facts.asnType ? `198604152011011${String(people).padStart(3, '0')}` : null;
  const created = await mustSucceed(
    admin.request<{ createUser: { user: { id: string }; activation: { url: string } } }>('mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } activation { url } } }', {
      i: { name, email, nip, roles: facts.roles ?? ['LEARNER'], asnType: facts.asnType ?? null, supervisorId: facts.supervisorId ?? null, orgUnitId: facts.orgUnitId ?? null },
    }),
  );
  const client = new GraphQLClient(admin.baseUrl);
  const token = new URL(created.createUser.activation.url).searchParams.get('token');
  await mustSucceed(client.request('mutation($i: ActivateAccountInput!) { activateAccount(input: $i) { accessToken } }', { i: { token, password: DEMO_PASSWORD } }));
  await client.login(email);
  return { client, id: created.createUser.user.id };
}

/** A published course of one page, authored by the trainer. */
async function pageCourse(author: GraphQLClient, title: string, competencyType: string, jpHours: number): Promise<{ courseId: string; activityId: string }> {
  return publishedPageCourse(author, { title, summary: 'Kursus uji untuk catatan JP.', competencyType, jpHours });
}

async function complete(learner: Person, course: { courseId: string; activityId: string }): Promise<void> {
  await enrol(learner.client, course.courseId);
  await mustSucceed(learner.client.request(PROGRESS, { i: { courseId: course.courseId, activityId: course.activityId, state: { viewed: true }, idempotencyKey: `jp-${course.courseId}` } }));
}

async function myRecord(learner: Person, year = YEAR): Promise<LearningRecord> {
  return (await mustSucceed(learner.client.request<{ myLearningRecord: LearningRecord }>(MY_RECORD, { y: year }))).myLearningRecord;
}

function claimInput(title: string, jpHours: number, evidence: Buffer = PDF, fileName = 'sertifikat-bimtek.pdf') {
  return { title, provider: 'BPSDM Provinsi Kalimantan Tengah', startedOn: STARTED_ON, endedOn: ENDED_ON, jpHours, competencyType: 'TEKNIS', route: 'KLASIKAL', evidence: { fileName, contentBase64: evidence.toString('base64') } };
}

async function submit(learner: Person, title: string, jpHours: number): Promise<Claim> {
  return (await mustSucceed(learner.client.request<{ submitExternalLearning: Claim }>(SUBMIT, { i: claimInput(title, jpHours) }))).submitExternalLearning;
}

const reason = (response: GraphQLResponse<unknown>) => response.errors[0]?.extensions?.reason;

describe.each(TEST_DIALECTS)('the JP learning record on %s', (dialect) => {
  let api: RunningApi;
  let admin: GraphQLClient;
  let trainer: GraphQLClient;
  let supervisor: Person;
  let outsider: Person;
  let manajerial: { courseId: string; activityId: string };
  let teknis: { courseId: string; activityId: string };
  let units: Map<string, string>;

  beforeAll(async () => {
    api = await startApi(dialect);
    admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    const pimpinan = new GraphQLClient(api.baseUrl);
    await pimpinan.login('pimpinan@tunas.test');
    supervisor = { client: pimpinan, id: (await mustSucceed(pimpinan.request<{ me: { id: string } }>('{ me { id } }'))).me.id };
    const orgUnits = await mustSucceed(admin.request<{ orgUnits: Array<{ id: string; code: string }> }>('{ orgUnits { id code } }'));
    units = new Map(orgUnits.orgUnits.map((unit) => [unit.code, unit.id]));
    // Heads another kecamatan's office: nobody in these tests reports to them.
    outsider = await person(admin, 'Yohanes Pimpinan Lain', { roles: ['SUPERVISOR', 'LEARNER'], orgUnitId: units.get('PKY-DISKOMINFO') });
    manajerial = await pageCourse(trainer, 'Kepemimpinan Pelayanan', 'MANAJERIAL', 3);
    teknis = await pageCourse(trainer, 'Tata Kelola Arsip Digital', 'TEKNIS', 5);
  });
  afterAll(() => api?.stop());

  const recordsOf = (userId: string) => queryDatabase<{ id: string; certificate_id: string | null; jp_hours: number; year: number }>(api, 'SELECT id, certificate_id, jp_hours, year FROM learning_records WHERE user_id = ?', [userId]);
  const claimsOf = (userId: string) => queryDatabase<{ id: string }>(api, 'SELECT id FROM external_learning_claims WHERE user_id = ?', [userId]);
  const evidenceFiles = () => {
    const folder = join(api.database.dataDir, 'evidence');
    return existsSync(folder) ? readdirSync(folder) : [];
  };
  const download = (client: GraphQLClient | null, path: string) => fetch(`${api.baseUrl}${path}`, { headers: client?.token ? { authorization: `Bearer ${client.token}` } : {} });

  it('records a completed course once, with its JP, competency type, route, provider, dates and certificate', async () => {
    const learner = await person(admin, 'Siti Rahmawati');
    await complete(learner, manajerial);
    const record = await myRecord(learner);
    expect(record.entries).toHaveLength(1);
    const [entry] = record.entries;
    const certificates = await mustSucceed(learner.client.request<{ myCertificates: Array<{ id: string; finalScore: number | null }> }>('{ myCertificates { id finalScore } }'));
    expect(entry).toMatchObject({ source: 'COURSE', title: 'Kepemimpinan Pelayanan', jpHours: 3, competencyType: 'MANAJERIAL', route: 'E_LEARNING', provider: 'Tunas', score: null, courseId: manajerial.courseId, claimId: null });
    expect(entry.certificateId).toBe(certificates.myCertificates[0].id);
    expect(new Date(entry.startedAt).getTime()).toBeLessThanOrEqual(new Date(entry.endedAt).getTime());
    expect(new Date(entry.endedAt).getUTCFullYear()).toBe(YEAR);
    expect(await recordsOf(learner.id)).toEqual([expect.objectContaining({ certificate_id: entry.certificateId, jp_hours: 3, year: YEAR })]);
  });

  it('records one entry when ten completions of the same enrolment arrive at once', async () => {
    const learner = await person(admin, 'Rahmat Hidayat');
    await enrol(learner.client, teknis.courseId);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) => learner.client.request(PROGRESS, { i: { courseId: teknis.courseId, activityId: teknis.activityId, state: { viewed: true }, idempotencyKey: `balapan-${index}-${learner.id}` } })),
    );
    for (const result of results) expect(result.errors).toEqual([]);
    const rows = await recordsOf(learner.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].certificate_id).not.toBeNull();
  });

  it('adds up JP per year and per competency type against the default target of 20', async () => {
    const learner = await person(admin, 'Maria Ulfa');
    await complete(learner, manajerial);
    await complete(learner, teknis);
    const record = await myRecord(learner);
    expect(record).toMatchObject({ userId: learner.id, year: YEAR, targetJp: 20, totalJp: 8, remainingJp: 12, targetReached: false });
    expect(record.byCompetencyType).toEqual([
      { competencyType: 'TEKNIS', jpHours: 5 },
      { competencyType: 'MANAJERIAL', jpHours: 3 },
      { competencyType: 'SOSIAL_KULTURAL', jpHours: 0 },
    ]);
    expect(record.entries.map((entry) => entry.title).sort()).toEqual(['Kepemimpinan Pelayanan', 'Tata Kelola Arsip Digital']);
    const lastYear = await myRecord(learner, YEAR - 1);
    expect(lastYear).toMatchObject({ totalJp: 0, entries: [], remainingJp: 20 });
    const outOfRange = await learner.client.request(MY_RECORD, { y: 1999 });
    expect(errorCode(outOfRange)).toBe('BAD_USER_INPUT');
  });

  it('applies the target an admin sets for PPPK to PPPK staff only', async () => {
    const pppk = await person(admin, 'Agus PPPK', { asnType: 'PPPK' });
    const pns = await person(admin, 'Budi PNS', { asnType: 'PNS' });
    const before = await mustSucceed(admin.request<{ jpTargets: Array<{ asnType: string; jpHours: number; configured: boolean }> }>('{ jpTargets { asnType jpHours configured } }'));
    expect(before.jpTargets).toEqual(expect.arrayContaining([{ asnType: 'PPPK', jpHours: 20, configured: false }, { asnType: 'PNS', jpHours: 20, configured: false }]));
    const set = await mustSucceed(admin.request<{ setJpTarget: { asnType: string; jpHours: number; configured: boolean } }>('mutation($i: SetJpTargetInput!) { setJpTarget(input: $i) { asnType jpHours configured } }', { i: { asnType: 'PPPK', jpHours: 24 } }));
    expect(set.setJpTarget).toEqual({ asnType: 'PPPK', jpHours: 24, configured: true });
    await mustSucceed(admin.request('mutation($i: SetJpTargetInput!) { setJpTarget(input: $i) { jpHours } }', { i: { asnType: 'PPPK', jpHours: 12 } }));
    await complete(pppk, manajerial);
    expect(await myRecord(pppk)).toMatchObject({ asnType: 'PPPK', targetJp: 12, totalJp: 3, remainingJp: 9 });
    expect(await myRecord(pns)).toMatchObject({ asnType: 'PNS', targetJp: 20 });
    const refused = await pppk.client.request('mutation($i: SetJpTargetInput!) { setJpTarget(input: $i) { jpHours } }', { i: { asnType: 'PPPK', jpHours: 0 } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('counts external learning only once the learner’s supervisor approves it, and never after a rejection', async () => {
    const learner = await person(admin, 'Dewi Anggraini', { supervisorId: supervisor.id });
    await complete(learner, manajerial);
    const claim = await submit(learner, 'Bimtek Pengelolaan Arsip Dinamis', 6);
    expect(claim).toMatchObject({ userId: learner.id, status: 'PENDING', jpHours: 6, evidence: { fileName: 'sertifikat-bimtek.pdf', mediaType: 'application/pdf', size: PDF.length } });
    expect(claim.evidence.sha256).toMatch(/^[0-9a-f]{64}$/);

    const pending = await myRecord(learner);
    expect(pending).toMatchObject({ totalJp: 3 });
    expect(pending.externalLearning.map((item) => [item.id, item.status])).toEqual([[claim.id, 'PENDING']]);

    const outsiderQueue = await mustSucceed(outsider.client.request<{ pendingExternalLearning: Claim[] }>(PENDING));
    expect(outsiderQueue.pendingExternalLearning.map((item) => item.id)).not.toContain(claim.id);
    const outsiderReview = await outsider.client.request(REVIEW, { i: { claimId: claim.id, decision: 'APPROVE' } });
    expect(errorCode(outsiderReview)).toBe('NOT_FOUND');

    const queue = await mustSucceed(supervisor.client.request<{ pendingExternalLearning: Claim[] }>(PENDING));
    expect(queue.pendingExternalLearning.map((item) => item.id)).toContain(claim.id);
    const approved = await mustSucceed(supervisor.client.request<{ reviewExternalLearning: Claim }>(REVIEW, { i: { claimId: claim.id, decision: 'APPROVE', comment: 'Sesuai sertifikat.' } }));
    expect(approved.reviewExternalLearning).toMatchObject({ status: 'APPROVED', reviewerName: 'Bambang Irawan, S.Sos., M.AP', reviewComment: 'Sesuai sertifikat.' });
    const again = await supervisor.client.request(REVIEW, { i: { claimId: claim.id, decision: 'REJECT', comment: 'Berubah pikiran.' } });
    expect([errorCode(again), reason(again)]).toEqual(['CONFLICT', 'EXTERNAL_LEARNING_ALREADY_REVIEWED']);

    const counted = await myRecord(learner);
    expect(counted).toMatchObject({ totalJp: 9, remainingJp: 11 });
    expect(counted.byCompetencyType.find((item) => item.competencyType === 'TEKNIS')?.jpHours).toBe(6);
    expect(counted.entries.find((entry) => entry.source === 'EXTERNAL')).toMatchObject({ claimId: claim.id, jpHours: 6, route: 'KLASIKAL', provider: 'BPSDM Provinsi Kalimantan Tengah', certificateId: null });
    const queueAfter = await mustSucceed(supervisor.client.request<{ pendingExternalLearning: Claim[] }>(PENDING));
    expect(queueAfter.pendingExternalLearning.map((item) => item.id)).not.toContain(claim.id);

    const second = await submit(learner, 'Seminar Nasional Pelayanan Publik', 4);
    const withoutComment = await supervisor.client.request(REVIEW, { i: { claimId: second.id, decision: 'REJECT' } });
    expect(errorCode(withoutComment)).toBe('BAD_USER_INPUT');
    const rejected = await mustSucceed(supervisor.client.request<{ reviewExternalLearning: Claim }>(REVIEW, { i: { claimId: second.id, decision: 'REJECT', comment: 'Sertifikat tidak mencantumkan JP.' } }));
    expect(rejected.reviewExternalLearning).toMatchObject({ status: 'REJECTED', reviewComment: 'Sertifikat tidak mencantumkan JP.' });
    const after = await myRecord(learner);
    expect(after.totalJp).toBe(9);
    expect(after.externalLearning.find((item) => item.id === second.id)).toMatchObject({ status: 'REJECTED', reviewComment: 'Sertifikat tidak mencantumkan JP.' });
    expect((await recordsOf(learner.id)).map((row) => row.jp_hours).sort()).toEqual([3, 6]);

    // Each decision reaches the learner's inbox, with the supervisor's note.
    const decisions = await claimDecisions(learner);
    expect(decisions.map((item) => item.title).sort()).toEqual(['Klaim JP disetujui: Bimtek Pengelolaan Arsip Dinamis', 'Klaim JP ditolak: Seminar Nasional Pelayanan Publik']);
    expect(decisions.find((item) => item.title.includes('disetujui'))?.body).toBe(`6 JP dari "Bimtek Pengelolaan Arsip Dinamis" kini dihitung dalam catatan belajar ${YEAR}. Catatan pimpinan: Sesuai sertifikat.`);
    expect(decisions.find((item) => item.title.includes('ditolak'))?.body).toContain('Catatan pimpinan: Sertifikat tidak mencantumkan JP.');
    expect(decisions.every((item) => item.link === '/catatan-belajar')).toBe(true);
  });

  it('lets a supervisor review people of their unit subtree, decide once when two reviews race, and never review their own claim', async () => {
    const learner = await person(admin, 'Yusuf Kelurahan', { orgUnitId: units.get('PKY-RKP-PGR') });
    const claim = await submit(learner, 'Workshop Pelayanan Terpadu', 2);
    const record = await mustSucceed(supervisor.client.request<{ learningRecordOf: LearningRecord }>(RECORD_OF, { u: learner.id, y: YEAR }));
    expect(record.learningRecordOf.externalLearning.map((item) => item.status)).toEqual(['PENDING']);
    const raced = await Promise.all([
      supervisor.client.request(REVIEW, { i: { claimId: claim.id, decision: 'APPROVE' } }),
      admin.request(REVIEW, { i: { claimId: claim.id, decision: 'APPROVE' } }),
    ]);
    expect(raced.filter((response) => response.errors.length === 0)).toHaveLength(1);
    expect(raced.filter((response) => reason(response) === 'EXTERNAL_LEARNING_ALREADY_REVIEWED')).toHaveLength(1);
    expect(await recordsOf(learner.id)).toHaveLength(1);
    expect(await claimDecisions(learner)).toHaveLength(1);

    const own = await submit(supervisor, 'Diklat Kepemimpinan Nasional', 10);
    const queue = await mustSucceed(supervisor.client.request<{ pendingExternalLearning: Claim[] }>(PENDING));
    expect(queue.pendingExternalLearning.map((item) => item.id)).not.toContain(own.id);
    expect(errorCode(await supervisor.client.request(REVIEW, { i: { claimId: own.id, decision: 'APPROVE' } }))).toBe('NOT_FOUND');
  });

  it('shows a learner’s record to nobody but them, their supervisors and admins', async () => {
    const learner = await person(admin, 'Lina Marlina', { supervisorId: supervisor.id });
    const other = await person(admin, 'Rudi Hartono');
    await complete(learner, teknis);
    expect((await mustSucceed(admin.request<{ learningRecordOf: LearningRecord }>(RECORD_OF, { u: learner.id }))).learningRecordOf.totalJp).toBe(5);
    expect((await mustSucceed(supervisor.client.request<{ learningRecordOf: LearningRecord }>(RECORD_OF, { u: learner.id }))).learningRecordOf.totalJp).toBe(5);
    expect(errorCode(await outsider.client.request(RECORD_OF, { u: learner.id }))).toBe('NOT_FOUND');
    expect(errorCode(await outsider.client.request(RECORD_OF, { u: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await other.client.request(RECORD_OF, { u: learner.id }))).toBe('FORBIDDEN');
    const mine = await myRecord(other);
    expect(mine).toMatchObject({ userId: other.id, totalJp: 0, entries: [] });
  });

  it('refuses evidence that is not a PDF, JPEG or PNG by content, or larger than 5 MB, and stores nothing', async () => {
    const learner = await person(admin, 'Hendra Gunawan', { supervisorId: supervisor.id });
    const filesBefore = evidenceFiles();
    const renamed = await learner.client.request(SUBMIT, { i: claimInput('Seminar Palsu', 2, Buffer.from('MZ\x90\x00 this is an executable, named like a PDF'), 'sertifikat.pdf') });
    expect([errorCode(renamed), reason(renamed)]).toEqual(['BAD_USER_INPUT', 'EVIDENCE_TYPE_NOT_ALLOWED']);
    expect(renamed.errors[0].message).toContain('PDF, JPEG or PNG');
    const tooLarge = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    PDF.copy(tooLarge);
    const large = await learner.client.request(SUBMIT, { i: claimInput('Seminar Besar', 2, tooLarge) });
    expect([errorCode(large), reason(large)]).toEqual(['BAD_USER_INPUT', 'EVIDENCE_TOO_LARGE']);
    expect(large.errors[0].message).toContain('5 MB');
    const notBase64 = await learner.client.request(SUBMIT, { i: { ...claimInput('Seminar Rusak', 2), evidence: { fileName: 'x.pdf', contentBase64: '%%%not base64%%%' } } });
    expect(errorCode(notBase64)).toBe('BAD_USER_INPUT');
    expect(await claimsOf(learner.id)).toEqual([]);
    expect(evidenceFiles()).toEqual(filesBefore);

    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    const accepted = await mustSucceed(learner.client.request<{ submitExternalLearning: Claim }>(SUBMIT, { i: claimInput('Pelatihan Foto Kegiatan', 2, png, 'foto.jpg') }));
    expect(accepted.submitExternalLearning.evidence.mediaType).toBe('image/png');
    expect(evidenceFiles()).toContain(accepted.submitExternalLearning.id);
  });

  it('lets only the learner, their supervisors and admins download the evidence', async () => {
    const learner = await person(admin, 'Fitri Handayani', { supervisorId: supervisor.id });
    const other = await person(admin, 'Joko Susilo');
    const claim = await submit(learner, 'Bimtek Keuangan Daerah', 3);
    for (const reader of [learner.client, supervisor.client, admin]) {
      const response = await download(reader, claim.evidence.downloadPath);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/pdf');
      expect(response.headers.get('content-disposition')).toContain('attachment');
      expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    }
    expect((await download(other.client, claim.evidence.downloadPath)).status).toBe(404);
    expect((await download(outsider.client, claim.evidence.downloadPath)).status).toBe(404);
    expect((await download(trainer, claim.evidence.downloadPath)).status).toBe(404);
    expect((await download(null, claim.evidence.downloadPath)).status).toBe(401);
    expect((await download(learner.client, '/learning-record/evidence/..%2F..%2Ftunas.sqlite')).status).toBe(404);
  });
});
