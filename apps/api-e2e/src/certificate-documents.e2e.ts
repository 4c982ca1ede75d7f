import { readPdf, TEST_DIALECTS } from '@tunas/shared/testing';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { RunningApi, startApi } from './support/api-process';
import { GraphQLClient } from './support/graphql-client';
import { createPerson, enrol, mustSucceed } from './support/quiz-fixtures';
import { publishedPageCourse } from './support/course-fixtures';

/**
 * The certificate as its holder and a stranger meet it: the PDF read by a PDF reader (its text and the QR code a
 * phone would scan), and the verification link still answering after the API restarted, with no portal running.
 */

const PUBLIC_URL = 'https://tunas.palangkaraya.test';
const VERIFIER = join(__dirname, 'support', 'ob3-verifier.mjs');
const RECORD = 'mutation($i: RecordProgressInput!) { recordActivityProgress(input: $i) { courseCompleted } }';

interface Certificate {
  id: string;
  serial: string;
  verificationCode: string;
  verificationUrl: string;
  learnerName: string;
  courseTitle: string;
  jpHours: number;
}

interface VerifierResult {
  verified: boolean;
  statusOk: boolean | null;
  errors: string[];
}

/** The independent OB3 verifier of certificates.e2e.ts, in its own Node process (its libraries are ES modules). */
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

/** A published course of one page, authored by the trainer. */
async function pageCourse(author: GraphQLClient, title: string, jpHours: number): Promise<{ courseId: string; activityId: string }> {
  return publishedPageCourse(author, { title, summary: 'Kursus uji untuk dokumen sertifikat.', competencyType: 'TEKNIS', jpHours });
}

describe.each(TEST_DIALECTS)('certificate documents on %s', (dialect) => {
  let api: RunningApi;
  let learner: GraphQLClient;
  let certificate: Certificate;

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.baseUrl}${path}`, { headers });

  beforeAll(async () => {
    api = await startApi(dialect, { PUBLIC_URL });
    const admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    const trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    const course = await pageCourse(trainer, 'Tata Kelola Arsip Kelurahan', 4);
    const person = await createPerson(admin, ['LEARNER'], 'Nyai Balau Rungan');
    learner = person.client;
    await enrol(learner, course.courseId);
    await mustSucceed(learner.request(RECORD, { i: { courseId: course.courseId, activityId: course.activityId, state: { viewed: true }, idempotencyKey: `dokumen-${person.id}` } }));
    const mine = await mustSucceed(learner.request<{ myCertificates: Certificate[] }>('{ myCertificates { id serial verificationCode verificationUrl learnerName courseTitle jpHours } }'));
    expect(mine.myCertificates).toHaveLength(1);
    certificate = mine.myCertificates[0];
  });
  afterAll(() => api?.stop());

  it('is a PDF whose text names the learner, the course, the serial and the JP, with a QR code of its verification URL', async () => {
    const response = await get(`/certificates/${certificate.id}.pdf`, { authorization: `Bearer ${learner.token}` });
    expect(response.status).toBe(200);
    const reading = await readPdf(Buffer.from(await response.arrayBuffer()));
    expect(reading.pages).toBe(1);
    const text = reading.text.replace(/\s+/g, ' ');
    expect(text).toContain('Nyai Balau Rungan');
    expect(text).toContain('Tata Kelola Arsip Kelurahan');
    expect(text).toContain(certificate.serial);
    expect(text).toContain('4 jam pelajaran (JP)');
    expect(reading.qrCodes).toEqual([`${PUBLIC_URL}/verify/${certificate.verificationCode}`]);
    expect(reading.qrCodes[0]).toBe(certificate.verificationUrl);
  });

  it('still verifies, as a page, as JSON, through GraphQL and as a signed credential, after the API restarted', async () => {
    const credentialResponse = await get(`/certificates/${certificate.id}/credential.json`, { authorization: `Bearer ${learner.token}` });
    expect(credentialResponse.status).toBe(200);
    const credential = (await credentialResponse.json()) as { proof: { verificationMethod: string }; credentialStatus: { statusListCredential: string } };

    await api.restart();

    // No session survives in this test's hands: everything below is what a stranger with the link can do.
    const path = new URL(certificate.verificationUrl).pathname;
    const page = await get(path, { accept: 'text/html' });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Sertifikat sah');
    expect(html).toContain('Nyai Balau Rungan');
    expect(html).toContain('Tata Kelola Arsip Kelurahan');
    const json = await get(path, { accept: 'application/json' });
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ status: 'VALID', serial: certificate.serial, learnerName: 'Nyai Balau Rungan', courseTitle: 'Tata Kelola Arsip Kelurahan', jpHours: 4 });
    const graphql = await mustSucceed(new GraphQLClient(api.baseUrl).request<{ verifyCertificate: { status: string } }>('query($c: String!) { verifyCertificate(code: $c) { status } }', { c: certificate.verificationCode }));
    expect(graphql.verifyCertificate.status).toBe('VALID');

    // The issuer key survived the restart (kept in the data directory): the credential issued before still verifies.
    const issuer = (await (await get('/credentials/issuer')).json()) as { id: string; assertionMethod: string[] };
    expect(issuer.assertionMethod).toContain(credential.proof.verificationMethod);
    const statusUrl = credential.credentialStatus.statusListCredential;
    const statusList = (await (await get(new URL(statusUrl).pathname)).json()) as object;
    const [result] = await verifyOffline({ credentials: [credential], documents: [issuer], statusLists: { [statusUrl]: statusList } });
    expect(result).toMatchObject({ verified: true, statusOk: true });
    // And the restarted API hands out the very same credential.
    const admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    expect(await (await get(`/certificates/${certificate.id}/credential.json`, { authorization: `Bearer ${admin.token}` })).json()).toEqual(credential);
  });
});
