import { TEST_DIALECTS } from '@tunas/shared/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { API_MAIN, freePort, RunningApi, startApi, stopProcess } from './support/api-process';
import { queryDatabase } from './support/database-query';
import { DEMO_PASSWORD, errorCode, GraphQLClient } from './support/graphql-client';
import { createPerson, createQuizCourse, enrol, essay, mustSucceed, Review, startAttempt, SUBMIT, trueFalse } from './support/quiz-fixtures';
import { publishedPageCourse } from './support/course-fixtures';

const CERTIFICATE_FIELDS = 'id courseId userId serial verificationCode verificationUrl learnerName learnerNip courseTitle jpHours competencyType finalScore completedAt issuedAt revokedAt revocationReason';

interface Certificate {
  id: string;
  courseId: string;
  userId: string;
  serial: string;
  verificationCode: string;
  verificationUrl: string;
  learnerName: string;
  learnerNip: string | null;
  courseTitle: string;
  jpHours: number;
  competencyType: string;
  finalScore: number | null;
  revokedAt: string | null;
  revocationReason: string | null;
}

/** The parts of the downloaded credential the test reads or changes. */
interface SignedCredential {
  type: string[];
  proof: Record<string, unknown>;
  issuer: { name: string };
  validFrom: string;
  credentialSubject: { creditsEarned: number; identifier: Array<{ identityHash: string }>; achievement: { name: string } };
  credentialStatus: { statusListCredential: string; statusListIndex: string };
}

interface VerifierResult {
  verified: boolean;
  statusOk: boolean | null;
  errors: string[];
}

const VERIFIER = join(__dirname, 'support', 'ob3-verifier.mjs');

/** Runs the independent OB3 verifier (its own Node process: the libraries are ES modules) over credentials. */
function verifyOffline(input: { credentials: object[]; documents: object[]; statusLists: Record<string, object> }): Promise<VerifierResult[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [VERIFIER], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(JSON.parse(output) as VerifierResult[]) : fail(new Error(`verifier exited with ${code}: ${errors}`))));
    child.stdin.end(JSON.stringify(input));
  });
}

let nipDay = 0;

/** A learner with a NIP (1985-03-dd birth date, TMT 2010-01, male, serial 001), signed in. */
async function learnerWithNip(admin: GraphQLClient, name: string): Promise<{ client: GraphQLClient; id: string; nip: string }> {
  nipDay = (nipDay % 28) + 1;
  const nip = `198503${String(nipDay).padStart(2, '0')}2010011001`;
  const email = `sertifikat.${nipDay}.${Date.now().toString(36)}@tunas.test`;
  const created = await mustSucceed(
    admin.request<{ createUser: { user: { id: string }; activation: { url: string } } }>('mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } activation { url } } }', {
      i: { name, email, nip, roles: ['LEARNER'] },
    }),
  );
  const client = new GraphQLClient(admin.baseUrl);
  const token = new URL(created.createUser.activation.url).searchParams.get('token');
  await mustSucceed(client.request('mutation($i: ActivateAccountInput!) { activateAccount(input: $i) { accessToken } }', { i: { token, password: DEMO_PASSWORD } }));
  await client.login(email);
  return { client, id: created.createUser.user.id, nip };
}

/** A published course of one page, JP 3, authored by the trainer. */
async function pageCourse(author: GraphQLClient, title: string): Promise<{ courseId: string; activityId: string }> {
  return publishedPageCourse(author, { title, summary: 'Kursus uji untuk sertifikat.', competencyType: 'MANAJERIAL', jpHours: 3 });
}

const RECORD = 'mutation($i: RecordProgressInput!) { recordActivityProgress(input: $i) { courseCompleted } }';

describe.each(TEST_DIALECTS)('certificates on %s', (dialect) => {
  let api: RunningApi;
  let admin: GraphQLClient;
  let trainer: GraphQLClient;
  let course: { courseId: string; activityId: string };

  beforeAll(async () => {
    api = await startApi(dialect);
    admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    course = await pageCourse(trainer, 'Kepemimpinan Pelayanan Publik');
  });
  afterAll(() => api?.stop());

  const certificatesOf = (userId: string) => queryDatabase<{ id: string; serial: string; enrolment_id: string }>(api, 'SELECT id, serial, enrolment_id FROM certificates WHERE user_id = ?', [userId]);

  async function completedLearner(name: string): Promise<{ client: GraphQLClient; id: string; nip: string; certificate: Certificate }> {
    const learner = await learnerWithNip(admin, name);
    await enrol(learner.client, course.courseId);
    await mustSucceed(learner.client.request(RECORD, { i: { courseId: course.courseId, activityId: course.activityId, state: { viewed: true }, idempotencyKey: `selesai-${learner.id}` } }));
    const mine = await mustSucceed(learner.client.request<{ myCertificates: Certificate[] }>(`{ myCertificates { ${CERTIFICATE_FIELDS} } }`));
    expect(mine.myCertificates).toHaveLength(1);
    return { ...learner, certificate: mine.myCertificates[0] };
  }

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.baseUrl}${path}`, { headers });
  const bearer = (client: GraphQLClient) => ({ authorization: `Bearer ${client.token}` });

  it('issues one certificate when a learner completes a course, saying what the course and the learner were', async () => {
    const { certificate, id, nip } = await completedLearner('Siti Nurhaliza Bahalap');
    const year = new Date().getUTCFullYear();
    expect(certificate).toMatchObject({ courseId: course.courseId, userId: id, learnerName: 'Siti Nurhaliza Bahalap', learnerNip: nip, courseTitle: 'Kepemimpinan Pelayanan Publik', jpHours: 3, competencyType: 'MANAJERIAL', finalScore: null, revokedAt: null });
    expect(certificate.serial).toMatch(new RegExp(`^TUNAS/${year}/\\d{6}$`));
    // 160 random bits in base32.
    expect(certificate.verificationCode).toMatch(/^[A-Z2-7]{32}$/);
    expect(certificate.verificationUrl).toBe(`${new URL(certificate.verificationUrl).origin}/verify/${certificate.verificationCode}`);
    expect(await certificatesOf(id)).toHaveLength(1);
  });

  it('issues exactly one certificate for ten completions of the same enrolment at once', async () => {
    const learner = await learnerWithNip(admin, 'Rahmat Tambun');
    await enrol(learner.client, course.courseId);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) => learner.client.request<{ recordActivityProgress: { courseCompleted: boolean } }>(RECORD, { i: { courseId: course.courseId, activityId: course.activityId, state: { viewed: true }, idempotencyKey: `balapan-${index}-${learner.id}` } })),
    );
    for (const result of results) expect(result.errors).toEqual([]);
    expect(results.filter((result) => result.data?.recordActivityProgress.courseCompleted)).toHaveLength(1);
    expect(await certificatesOf(learner.id)).toHaveLength(1);
  });

  it('gives learners completing at the same moment distinct serials from one yearly sequence', async () => {
    const learners: Array<{ client: GraphQLClient; id: string }> = [];
    for (let index = 0; index < 6; index++) learners.push(await learnerWithNip(admin, `Peserta Serentak ${index + 1}`));
    for (const learner of learners) await enrol(learner.client, course.courseId);
    await Promise.all(learners.map((learner) => mustSucceed(learner.client.request(RECORD, { i: { courseId: course.courseId, activityId: course.activityId, state: { viewed: true }, idempotencyKey: `serentak-${learner.id}` } }))));
    const rows = await queryDatabase<{ serial: string; serial_number: number }>(api, 'SELECT serial, serial_number FROM certificates');
    const serials = rows.map((row) => row.serial);
    expect(new Set(serials).size).toBe(serials.length);
    const numbers = rows.map((row) => Number(row.serial_number)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, index) => index + 1));
  });

  it('issues the certificate, with the final score, when grading an essay is what completes the course', async () => {
    const quiz = await createQuizCourse(trainer, 'Musyawarah Kelurahan', [essay('Jelaskan manfaat musyawarah kelurahan'), trueFalse('Musyawarah melibatkan warga', true)], { passingGrade: 50 });
    const learner = await learnerWithNip(admin, 'Dedi Kahayan');
    await enrol(learner.client, quiz.courseId);
    const attempt = await startAttempt(learner.client, quiz.courseId, quiz.activityId);
    const answers = attempt.slots.map((slot) => ({ slot: slot.slot, response: slot.type === 'essay' ? { text: 'Musyawarah menyatukan pendapat warga.' } : { value: true }, sequence: 1 }));
    const submitted = await mustSucceed(learner.client.request<{ submitQuizAttempt: Review }>(SUBMIT, { i: { attemptId: attempt.id, answers } }));
    expect(submitted.submitQuizAttempt.status).toBe('NEEDS_GRADING');
    expect(await certificatesOf(learner.id)).toHaveLength(0);
    const essaySlot = attempt.slots.find((slot) => slot.type === 'essay')!.slot;
    await mustSucceed(trainer.request('mutation($i: GradeResponseInput!) { gradeQuizResponse(input: $i) { status } }', { i: { attemptId: attempt.id, slot: essaySlot, mark: 0.5, comment: 'Cukup.' } }));
    const mine = await mustSucceed(learner.client.request<{ myCertificates: Certificate[] }>(`{ myCertificates { ${CERTIFICATE_FIELDS} } }`));
    expect(mine.myCertificates).toHaveLength(1);
    expect(mine.myCertificates[0]).toMatchObject({ courseId: quiz.courseId, courseTitle: 'Musyawarah Kelurahan', finalScore: 75, jpHours: 1, competencyType: 'TEKNIS' });
  });

  it('serves the PDF (A4 landscape) to the owner, the course author and admins, and 404 to another learner', async () => {
    const { client, certificate } = await completedLearner('Maria Ulfa Kalampangan');
    const response = await get(`/certificates/${certificate.id}.pdf`, bearer(client));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(text).toContain(`(${certificate.serial} - Kepemimpinan Pelayanan Publik)`);
    expect((await get(`/certificates/${certificate.id}.pdf`, bearer(trainer))).status).toBe(200);
    expect((await get(`/certificates/${certificate.id}.pdf`, bearer(admin))).status).toBe(200);
    const stranger = await createPerson(admin, ['LEARNER'], 'Orang Lain');
    expect((await get(`/certificates/${certificate.id}.pdf`, bearer(stranger.client))).status).toBe(404);
    expect((await get(`/certificates/${certificate.id}/credential.json`, bearer(stranger.client))).status).toBe(404);
    expect(errorCode(await stranger.client.request('query($id: ID!) { certificate(id: $id) { id } }', { id: certificate.id }))).toBe('NOT_FOUND');
    expect((await get(`/certificates/${certificate.id}.pdf`)).status).toBe(401);
    expect((await get('/certificates/00000000-0000-4000-8000-000000000000.pdf', bearer(admin))).status).toBe(404);
  });

  it('serves the PDF to the learner’s supervisor, and not to a partner who has nothing to do with the course', async () => {
    const learner = new GraphQLClient(api.baseUrl);
    await learner.login('pelajar@tunas.test');
    await enrol(learner, course.courseId);
    await mustSucceed(learner.request(RECORD, { i: { courseId: course.courseId, activityId: course.activityId, state: { viewed: true }, idempotencyKey: 'pelajar-selesai-0001' } }));
    const mine = await mustSucceed(learner.request<{ myCertificates: Certificate[] }>(`{ myCertificates { ${CERTIFICATE_FIELDS} } }`));
    const certificate = mine.myCertificates.find((candidate) => candidate.courseId === course.courseId)!;
    const supervisor = new GraphQLClient(api.baseUrl);
    await supervisor.login('pimpinan@tunas.test');
    expect((await get(`/certificates/${certificate.id}.pdf`, bearer(supervisor))).status).toBe(200);
    const partner = new GraphQLClient(api.baseUrl);
    await partner.login('mitra@tunas.test');
    expect((await get(`/certificates/${certificate.id}.pdf`, bearer(partner))).status).toBe(404);
  });

  it('verifies a code publicly with the NIP masked, as a page and as JSON, and answers 404 to an unknown code', async () => {
    const { certificate, nip } = await completedLearner('Yohana Tumbang');
    const page = await get(`/verify/${certificate.verificationCode}`, { accept: 'text/html' });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Sertifikat sah');
    expect(html).toContain('Yohana Tumbang');
    expect(html).toContain('Kepemimpinan Pelayanan Publik');
    expect(html).toContain('3 JP');
    const masked = `${nip.slice(0, 4)}**********${nip.slice(-4)}`;
    expect(html).toContain(masked);
    expect(html).not.toContain(nip);
    expect(html).not.toMatch(/<script/i);
    const json = await get(`/verify/${certificate.verificationCode}`, { accept: 'application/json' });
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ status: 'VALID', serial: certificate.serial, learnerName: 'Yohana Tumbang', maskedNip: masked, courseTitle: 'Kepemimpinan Pelayanan Publik', jpHours: 3, revocationReason: null });
    const graphql = await mustSucceed(new GraphQLClient(api.baseUrl).request<{ verifyCertificate: { status: string; maskedNip: string } }>('query($c: String!) { verifyCertificate(code: $c) { status maskedNip } }', { c: certificate.verificationCode }));
    expect(graphql.verifyCertificate).toEqual({ status: 'VALID', maskedNip: masked });

    const unknown = await get('/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { accept: 'text/html' });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Sertifikat tidak ditemukan');
    const unknownJson = await get('/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { accept: 'application/json' });
    expect(unknownJson.status).toBe(404);
    expect(await unknownJson.json()).toMatchObject({ status: 'NOT_FOUND', learnerName: null });
  });

  it('signs an Open Badges 3.0 credential that an independent verifier accepts offline, rejects when changed, and sees revoked', async () => {
    const { client, certificate } = await completedLearner('Agus Sebangau');
    const download = await get(`/certificates/${certificate.id}/credential.json`, bearer(client));
    expect(download.status).toBe(200);
    const credential = (await download.json()) as SignedCredential;
    expect(credential['type']).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential['proof']).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' });
    expect(credential['credentialSubject']).toMatchObject({ creditsEarned: 3, achievement: { name: 'Kepemimpinan Pelayanan Publik', creditsAvailable: 3, humanCode: certificate.serial } });
    // The same credential on every download.
    expect(await (await get(`/certificates/${certificate.id}/credential.json`, bearer(admin))).json()).toEqual(credential);

    const issuer = (await (await get('/credentials/issuer')).json()) as { id: string };
    const statusUrl = credential['credentialStatus'].statusListCredential as string;
    const statusList = async () => (await (await get(new URL(statusUrl).pathname)).json()) as object;
    const tampered = (change: (copy: SignedCredential) => void) => {
      const copy = structuredClone(credential);
      change(copy);
      return copy;
    };
    const changes = [
      tampered((copy) => (copy['credentialSubject'].creditsEarned = 30)),
      tampered((copy) => (copy['credentialSubject'].identifier[0].identityHash = 'Orang Lain')),
      tampered((copy) => (copy['credentialSubject'].achievement.name = 'Kursus Lain')),
      tampered((copy) => (copy['issuer'].name = 'Penerbit Palsu')),
      tampered((copy) => (copy['validFrom'] = '2020-01-01T00:00:00Z')),
      tampered((copy) => (copy['credentialStatus'].statusListIndex = '99999')),
    ];
    const before = await verifyOffline({ credentials: [credential, ...changes], documents: [issuer], statusLists: { [statusUrl]: await statusList() } });
    expect(before[0]).toMatchObject({ verified: true });
    expect(before.slice(1).map((result) => result.verified)).toEqual(changes.map(() => false));

    expect(errorCode(await client.request('mutation($i: RevokeCertificateInput!) { revokeCertificate(input: $i) { id } }', { i: { certificateId: certificate.id, reason: 'Saya sendiri' } }))).toBe('FORBIDDEN');
    const revoked = await mustSucceed(admin.request<{ revokeCertificate: Certificate }>(`mutation($i: RevokeCertificateInput!) { revokeCertificate(input: $i) { ${CERTIFICATE_FIELDS} } }`, { i: { certificateId: certificate.id, reason: 'Nilai kuis diperoleh dengan curang' } }));
    expect(revoked.revokeCertificate).toMatchObject({ revocationReason: 'Nilai kuis diperoleh dengan curang', revokedAt: expect.any(String) });
    const again = await admin.request('mutation($i: RevokeCertificateInput!) { revokeCertificate(input: $i) { id } }', { i: { certificateId: certificate.id, reason: 'Sekali lagi' } });
    expect(again.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CERTIFICATE_ALREADY_REVOKED' });

    const after = await verifyOffline({ credentials: [credential], documents: [issuer], statusLists: { [statusUrl]: await statusList() } });
    expect(after[0]).toMatchObject({ verified: false, statusOk: false });
    const page = await get(`/verify/${certificate.verificationCode}`, { accept: 'text/html' });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Sertifikat dicabut');
    expect(html).toContain('Nilai kuis diperoleh dengan curang');
    expect(await (await get(`/verify/${certificate.verificationCode}`, { accept: 'application/json' })).json()).toMatchObject({ status: 'REVOKED', revocationReason: 'Nilai kuis diperoleh dengan curang' });
  });

  it('lets admins change the layout without code: new certificates use it, issued ones keep theirs', async () => {
    const before = await completedLearner('Sebelum Templat');
    const layout = {
      heading: 'PIAGAM',
      serialLine: 'No. {{serial}}',
      intro: 'Dengan bangga diberikan kepada',
      body: 'atas penyelesaian "{{courseTitle}}" ({{jpHours}} JP).',
      scoreLine: '',
      issuerName: 'Kecamatan Rakumpit',
      city: 'Rakumpit',
      signatoryTitle: 'Camat Rakumpit',
      signatoryName: 'Camat Contoh',
      signatoryNip: '',
      accentColor: '#0d47a1',
    };
    expect(errorCode(await admin.request('mutation($i: SaveCertificateTemplateInput!) { saveCertificateTemplate(input: $i) { id } }', { i: { name: 'Rusak', courseId: course.courseId, layout: { ...layout, accentColor: 'biru' } } }))).toBe('BAD_USER_INPUT');
    await mustSucceed(admin.request('mutation($i: SaveCertificateTemplateInput!) { saveCertificateTemplate(input: $i) { id } }', { i: { name: 'Templat kursus', courseId: course.courseId, layout } }));
    const after = await completedLearner('Sesudah Templat');
    const issuerOf = async (code: string) => ((await (await get(`/verify/${code}`, { accept: 'application/json' })).json()) as { issuerName: string }).issuerName;
    expect(await issuerOf(after.certificate.verificationCode)).toBe('Kecamatan Rakumpit');
    expect(await issuerOf(before.certificate.verificationCode)).not.toBe('Kecamatan Rakumpit');
  });

  it('limits verification requests per client', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 65; index++) statuses.push((await get('/verify/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB', { accept: 'application/json' })).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((status) => status !== 404 && status !== 429)).toEqual([]);
  });
});

/** A multibase Ed25519 secret key (multicodec 0x8026, seed then public key), as CERT_ISSUER_KEY takes it. */
function newIssuerKey(): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(16);
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
  const bytes = Buffer.concat([Buffer.from([0x80, 0x26]), seed, raw]);
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let value = BigInt(`0x${bytes.toString('hex')}`);
  let text = '';
  while (value > 0n) {
    text = alphabet[Number(value % 58n)] + text;
    value /= 58n;
  }
  return `z${text}`;
}

async function waitForHealth(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error('The restarted API did not become healthy');
}

describe('the certificate issuer key, on sqlite', () => {
  let api: RunningApi;
  let restarted: ChildProcess | null = null;
  const PUBLIC_URL = 'https://tunas.palangkaraya.test';

  afterAll(async () => {
    if (restarted) await stopProcess(restarted);
    await api?.stop();
  });

  it('is generated once into the data directory, and after a rotation old credentials still verify', async () => {
    api = await startApi('sqlite', { PUBLIC_URL });
    const keyFile = join(api.database.dataDir, '.certificate-issuer-key');
    const admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    const trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    const course = await pageCourse(trainer, 'Rotasi Kunci Penerbit');
    const complete = async (asAdmin: GraphQLClient, name: string) => {
      const baseUrl = asAdmin.baseUrl;
      const learner = await learnerWithNip(asAdmin, name);
      await enrol(learner.client, course.courseId);
      await mustSucceed(learner.client.request(RECORD, { i: { courseId: course.courseId, activityId: course.activityId, state: { viewed: true }, idempotencyKey: `rotasi-${learner.id}` } }));
      const mine = await mustSucceed(learner.client.request<{ myCertificates: Certificate[] }>('{ myCertificates { id } }'));
      const response = await fetch(`${baseUrl}/certificates/${mine.myCertificates[0].id}/credential.json`, { headers: { authorization: `Bearer ${learner.client.token}` } });
      expect(response.status).toBe(200);
      return (await response.json()) as SignedCredential & { proof: { verificationMethod: string } };
    };
    const before = await complete(admin, 'Sebelum Rotasi');
    expect(before.proof.verificationMethod.startsWith(`${PUBLIC_URL}/credentials/issuer#key-`)).toBe(true);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);

    // Restart on the same database with a configured key: the generated one is retired, not forgotten.
    await stopProcess(api.process);
    const port = await freePort();
    restarted = spawn(process.execPath, [API_MAIN], {
      env: { ...process.env, TUNAS_MODE: 'demo', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...api.database.env, PUBLIC_URL, CERT_ISSUER_KEY: newIssuerKey() },
      stdio: 'ignore',
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(baseUrl);
    const adminAfterRestart = new GraphQLClient(baseUrl);
    await adminAfterRestart.login('admin@tunas.test');
    const after = await complete(adminAfterRestart, 'Sesudah Rotasi');
    expect(after.proof.verificationMethod).not.toBe(before.proof.verificationMethod);

    const issuer = (await (await fetch(`${baseUrl}/credentials/issuer`)).json()) as { id: string; assertionMethod: string[] };
    expect(issuer.id).toBe(`${PUBLIC_URL}/credentials/issuer`);
    expect(issuer.assertionMethod).toEqual(expect.arrayContaining([before.proof.verificationMethod, after.proof.verificationMethod]));
    const statusList = await (await fetch(`${baseUrl}/credentials/status/1`)).json();
    const results = await verifyOffline({ credentials: [before, after], documents: [issuer], statusLists: { [before.credentialStatus.statusListCredential]: statusList as object } });
    expect(results.map((result) => result.verified)).toEqual([true, true]);
  });
});
