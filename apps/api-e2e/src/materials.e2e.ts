import { TEST_DIALECTS } from '@tunas/shared/testing';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join, resolve } from 'node:path';
import { RunningApi, startApi } from './support/api-process';
import { queryDatabase } from './support/database-query';
import { DEMO_PASSWORD, GraphQLClient } from './support/graphql-client';
import { createPerson, enrol, mustSucceed } from './support/quiz-fixtures';

const SEED_PDF = resolve(__dirname, '../../../tools/seed/courses/dasar-manajemen-proyek/files/lembar-kerja-register-risiko.pdf');
const MATERIAL_FIELDS = 'id institutionId institutionName kind title description topic licence shared archived currentVersion { id version fileName contentType size sha256 uploadedByName downloadUrl metadata } versions { id version }';

interface MaterialView {
  id: string;
  institutionId: string;
  institutionName: string;
  kind: string;
  title: string;
  topic: string | null;
  shared: boolean;
  archived: boolean;
  currentVersion: { id: string; version: number; fileName: string; contentType: string; size: number; sha256: string; uploadedByName: string; downloadUrl: string } | null;
  versions: Array<{ id: string; version: number }>;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function uploadMetadata(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
    .join(',');
}

/** A raw tus 1.0 client: just enough protocol to control every byte and header. */
class TusClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | null,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { 'tus-resumable': '1.0.0', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...extra };
  }

  create(length: number, metadata: Record<string, string>): Promise<Response> {
    return fetch(`${this.baseUrl}/uploads`, { method: 'POST', headers: this.headers({ 'upload-length': String(length), 'upload-metadata': uploadMetadata(metadata) }) });
  }

  async createdUrl(length: number, metadata: Record<string, string>): Promise<string> {
    const response = await this.create(length, metadata);
    if (response.status !== 201) throw new Error(`tus create answered ${response.status}: ${await response.text()}`);
    return new URL(response.headers.get('location') ?? '', `${this.baseUrl}/uploads/`).toString();
  }

  patch(url: string, offset: number, body: Buffer): Promise<Response> {
    return fetch(url, { method: 'PATCH', headers: this.headers({ 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }), body: new Uint8Array(body) });
  }

  async offset(url: string): Promise<{ status: number; offset: number }> {
    const response = await fetch(url, { method: 'HEAD', headers: this.headers() });
    return { status: response.status, offset: Number(response.headers.get('upload-offset') ?? -1) };
  }

  /** A whole upload in one PATCH; resolves with the final response. */
  async upload(bytes: Buffer, metadata: Record<string, string>): Promise<Response> {
    return this.patch(await this.createdUrl(bytes.length, metadata), 0, bytes);
  }

  /** Sends the first `sent` bytes of a PATCH for the whole file, then cuts the connection. */
  interruptedPatch(url: string, bytes: Buffer, sent: number): Promise<void> {
    return new Promise((done) => {
      const request = httpRequest(url, {
        method: 'PATCH',
        headers: this.headers({ 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'content-length': String(bytes.length) }),
      });
      request.on('error', () => done());
      request.on('close', () => done());
      request.write(bytes.subarray(0, sent), () => setTimeout(() => request.destroy(), 500));
    });
  }
}

async function json<T>(response: Response): Promise<T> {
  return JSON.parse(await response.text()) as T;
}

function storedFiles(api: RunningApi): string[] {
  const root = join(api.database.dataDir, 'storage');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1));
}

function stagedFiles(api: RunningApi): string[] {
  const staging = join(api.database.dataDir, 'uploads-staging');
  return existsSync(staging) ? readdirSync(staging) : [];
}

let people = 0;

async function partnerOf(admin: GraphQLClient, institutionId: string): Promise<GraphQLClient> {
  people++;
  const email = `mitra.materi.${people}.${Date.now().toString(36)}@tunas.test`;
  const created = await mustSucceed(
    admin.request<{ createUser: { activation: { url: string } } }>('mutation($i: CreateUserInput!) { createUser(input: $i) { activation { url } } }', {
      i: { name: `Staf Mitra ${people}`, email, roles: ['PARTNER'], institutionId },
    }),
  );
  const client = new GraphQLClient(admin.baseUrl);
  const token = new URL(created.createUser.activation.url).searchParams.get('token');
  await mustSucceed(client.request('mutation($i: ActivateAccountInput!) { activateAccount(input: $i) { accessToken } }', { i: { token, password: DEMO_PASSWORD } }));
  await client.login(email);
  return client;
}

describe.each(TEST_DIALECTS)('materials library on %s', (dialect) => {
  let api: RunningApi;
  let admin: GraphQLClient;
  let partner: GraphQLClient;
  let otherPartner: GraphQLClient;
  let trainer: GraphQLClient;
  let learner: GraphQLClient;
  let pdf: Buffer;
  let uploaded: { materialId: string; versionId: string };
  let otherInstitutionId: string;

  const material = async (client: GraphQLClient, id: string) => client.request<{ material: MaterialView }>(`query($id: ID!) { material(id: $id) { ${MATERIAL_FIELDS} } }`, { id });
  const tus = (client: GraphQLClient | null) => new TusClient(api.baseUrl, client?.token ?? null);

  beforeAll(async () => {
    api = await startApi(dialect);
    admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    partner = new GraphQLClient(api.baseUrl);
    await partner.login('mitra@tunas.test');
    trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    learner = new GraphQLClient(api.baseUrl);
    await learner.login('pelajar@tunas.test');
    const institution = await mustSucceed(
      admin.request<{ createInstitution: { id: string } }>('mutation($i: CreateInstitutionInput!) { createInstitution(input: $i) { id } }', { i: { name: 'Politeknik Uji Materi', kind: 'OTHER' } }),
    );
    otherInstitutionId = institution.createInstitution.id;
    otherPartner = await partnerOf(admin, otherInstitutionId);
    pdf = readFileSync(SEED_PDF);
  }, 120_000);

  afterAll(() => api?.stop());

  it('seeds the demo partner’s library with real, shared files', async () => {
    const seeded = await mustSucceed(trainer.request<{ materials: { items: MaterialView[] } }>(`{ materials(filter: { topic: "Fasilitasi" }) { items { ${MATERIAL_FIELDS} } } }`));
    expect(seeded.materials.items).toHaveLength(1);
    expect(seeded.materials.items[0]).toMatchObject({ title: 'Daftar periksa fasilitasi musyawarah', shared: true, institutionName: 'Universitas Palangka Raya' });
    expect(seeded.materials.items[0].currentVersion).toMatchObject({ contentType: 'application/pdf', fileName: 'daftar-periksa-fasilitasi-musyawarah.pdf' });
  });

  it('lets a trainer put a shared library document in a course, and gives its file to enrolled learners only', async () => {
    const seeded = await mustSucceed(trainer.request<{ materials: { items: MaterialView[] } }>(`{ materials(filter: { topic: "Fasilitasi" }) { items { ${MATERIAL_FIELDS} } } }`));
    const version = seeded.materials.items[0].currentVersion!;
    const topics = await mustSucceed(trainer.request<{ topics: Array<{ id: string }> }>('{ topics { id } }'));
    const course = await mustSucceed(
      trainer.request<{ createCourse: { id: string } }>('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', {
        i: { title: 'Fasilitasi dengan daftar periksa', summary: 'Kursus uji materi pustaka.', topicId: topics.topics[0].id, competencyType: 'SOSIAL_KULTURAL', jpHours: 1, level: 'DASAR' },
      }),
    );
    const courseId = course.createCourse.id;
    const withModule = await mustSucceed(trainer.request<{ addCourseModule: { modules: Array<{ id: string }> } }>('mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }', { i: { courseId, title: 'Bahan' } }));
    const moduleId = withModule.addCourseModule.modules[0].id;
    const addDocument = (content: Record<string, unknown>) =>
      trainer.request<{ addActivity: { modules: Array<{ activities: Array<{ id: string; type: string }> }> } }>('mutation($i: AddActivityInput!) { addActivity(input: $i) { modules { activities { id type } } } }', {
        i: { moduleId, type: 'document', title: 'Daftar periksa', content },
      });
    // A material the trainer may not use (the other institution's, unshared) is refused by id, exactly as one that
    // does not exist, so ids cannot be probed.
    // (A third institution, so the other tests' view of the other partner's library stays as it was.)
    const third = await mustSucceed(
      admin.request<{ createInstitution: { id: string } }>('mutation($i: CreateInstitutionInput!) { createInstitution(input: $i) { id } }', { i: { name: 'Akademi Uji Pustaka', kind: 'OTHER' } }),
    );
    const thirdPartner = await partnerOf(admin, third.createInstitution.id);
    const foreign = await (await tus(thirdPartner).upload(pdf, { filename: 'rahasia.pdf', kind: 'document', title: 'Tidak dibagikan' })).json() as { versionId: string };
    const refused = await addDocument({ materialVersionId: foreign.versionId, fileName: 'rahasia.pdf', mimeType: 'application/pdf' });
    const missing = await addDocument({ materialVersionId: '7d9f1c2a-4b3e-4f6a-9c8d-1e2f3a4b5c6d', fileName: 'rahasia.pdf', mimeType: 'application/pdf' });
    expect(refused.errors[0]).toMatchObject({ message: 'The material version does not exist or is not available to you', extensions: { reason: 'MATERIAL_NOT_USABLE' } });
    expect(missing.errors[0]).toMatchObject({ message: refused.errors[0].message, extensions: refused.errors[0].extensions });
    // Both an address and a material, or neither, is a content error naming the rule.
    const both = await addDocument({ url: '/files/seed/x.pdf', materialVersionId: version.id, fileName: 'x.pdf', mimeType: 'application/pdf' });
    expect(both.errors[0]?.message).toMatch(/either an address \(url\) or a library material/);

    const added = await mustSucceed(addDocument({ materialVersionId: version.id, fileName: version.fileName, mimeType: 'application/pdf', sizeBytes: version.size }));
    const activityId = added.addActivity.modules[0].activities.find((activity) => activity.type === 'document')!.id;
    await mustSucceed(trainer.request('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId }));

    const urlOf = (client: GraphQLClient) => client.request<{ activityMaterialUrl: string }>('query($c: ID!, $a: ID!) { activityMaterialUrl(courseId: $c, activityId: $a) }', { c: courseId, a: activityId });
    const outsider = await createPerson(admin, ['LEARNER'], 'Peserta Lain');
    expect((await urlOf(outsider.client)).errors[0]?.extensions?.code).toBe('NOT_FOUND');

    const enrolled = await createPerson(admin, ['LEARNER'], 'Peserta Pustaka');
    await enrol(enrolled.client, courseId);
    const { activityMaterialUrl } = await mustSucceed(urlOf(enrolled.client));
    expect(activityMaterialUrl).toMatch(/^\/materials\/file\/[^/]+\/daftar-periksa-fasilitasi-musyawarah\.pdf$/);
    const file = await fetch(`${api.baseUrl}${activityMaterialUrl}`);
    expect(file.status).toBe(200);
    expect(sha256(Buffer.from(await file.arrayBuffer()))).toBe(version.sha256);
    const head = await fetch(`${api.baseUrl}${activityMaterialUrl}`, { headers: { range: 'bytes=0-4' } });
    expect(head.status).toBe(206);
    expect(await head.text()).toBe('%PDF-');
  });

  it('refuses every tus request without a valid bearer token with 401', async () => {
    const anonymous = tus(null);
    expect((await anonymous.create(10, { filename: 'a.pdf', kind: 'document' })).status).toBe(401);
    const url = await tus(partner).createdUrl(pdf.length, { filename: 'a.pdf', kind: 'document' });
    expect((await anonymous.offset(url)).status).toBe(401);
    expect((await anonymous.patch(url, 0, pdf)).status).toBe(401);
    expect((await fetch(url, { method: 'DELETE', headers: { 'tus-resumable': '1.0.0' } })).status).toBe(401);
    expect((await fetch(url, { method: 'PATCH', headers: { 'tus-resumable': '1.0.0', authorization: 'Bearer not-a-token', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }, body: new Uint8Array(pdf) })).status).toBe(401);
    expect((await fetch(url, { method: 'DELETE', headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${partner.token}` } })).status).toBe(204);
  });

  it('stores an uploaded PDF with a sanitised name, its checksum and an audit entry', async () => {
    const response = await tus(partner).upload(pdf, { filename: '../../Lembar\u0007 kerja\u202E/..\\register risiko.pdf', kind: 'document', title: 'Register risiko proyek desa', topic: 'Manajemen proyek', licence: 'CC BY 4.0' });
    expect(response.status).toBe(200);
    uploaded = await json(response);
    expect(uploaded).toEqual({ materialId: expect.any(String), versionId: expect.any(String) });

    const { data } = await material(partner, uploaded.materialId);
    expect(data?.material).toMatchObject({ kind: 'DOCUMENT', title: 'Register risiko proyek desa', topic: 'Manajemen proyek', institutionName: 'Universitas Palangka Raya', shared: false, archived: false });
    expect(data?.material.currentVersion).toMatchObject({ id: uploaded.versionId, version: 1, fileName: 'register risiko.pdf', contentType: 'application/pdf', size: pdf.length, sha256: sha256(pdf), uploadedByName: 'Dr. Maria Ulfah, M.Pd.' });
    const [stored] = storedFiles(api).filter((file) => file.includes(uploaded.versionId));
    expect(stored).toBe(`materials/${uploaded.materialId}/${uploaded.versionId}/register-risiko.pdf`);
    expect(sha256(readFileSync(join(api.database.dataDir, 'storage', stored)))).toBe(sha256(pdf));
    expect(stagedFiles(api)).toEqual([]);
    const audit = await queryDatabase<{ action: string }>(api, 'SELECT action FROM audit_events WHERE object_id = ?', [uploaded.materialId]);
    expect(audit.map((row) => row.action)).toEqual(['material.uploaded']);
  });

  it('resumes an upload cut off in the middle from the offset HEAD reports, and the stored file matches', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(3 * 1024 * 1024)]);
    const client = tus(partner);
    const url = await client.createdUrl(bytes.length, { filename: 'modul-besar.pdf', kind: 'document', title: 'Modul besar' });
    await client.interruptedPatch(url, bytes, 1024 * 1024);
    let offset = 0;
    for (let i = 0; i < 50 && offset === 0; i++) {
      await new Promise((wait) => setTimeout(wait, 100));
      offset = (await client.offset(url)).offset;
    }
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(1024 * 1024);
    const finished = await client.patch(url, offset, bytes.subarray(offset));
    expect(finished.status).toBe(200);
    const { versionId, materialId } = await json<{ materialId: string; versionId: string }>(finished);
    const { data } = await material(partner, materialId);
    expect(data?.material.currentVersion).toMatchObject({ id: versionId, size: bytes.length, sha256: sha256(bytes) });
    const [stored] = storedFiles(api).filter((file) => file.includes(versionId));
    expect(sha256(readFileSync(join(api.database.dataDir, 'storage', stored)))).toBe(sha256(bytes));
  });

  it.each([
    ['a Windows program named .pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), randomBytes(200)]), 'laporan.pdf', 'document'],
    ['a text file named .pdf', Buffer.from('Ini bukan PDF, hanya teks biasa.\n'.repeat(20)), 'catatan.pdf', 'document'],
    ['a PDF declared as an image', readFileSync(SEED_PDF), 'foto.png', 'image'],
    ['a PDF declared as a SCORM package', readFileSync(SEED_PDF), 'paket.zip', 'scorm'],
  ])('refuses %s with 422, naming the problem, and stores nothing', async (_name, bytes, filename, kind) => {
    const before = storedFiles(api);
    const response = await tus(partner).upload(bytes, { filename, kind });
    expect(response.status).toBe(422);
    const body = await json<{ error: { code: string; message: string } }>(response);
    expect(body.error.code).toBe('MATERIAL_FILE_TYPE_MISMATCH');
    expect(body.error.message).toContain(filename);
    expect(storedFiles(api)).toEqual(before);
    expect(stagedFiles(api)).toEqual([]);
  });

  it('refuses an over-size upload when it is created, naming the limit', async () => {
    const response = await tus(partner).create(11 * 1024 * 1024, { filename: 'peta.png', kind: 'image' });
    expect(response.status).toBe(413);
    expect((await json<{ error: { message: string } }>(response)).error.message).toMatch(/image files may be at most 10 MB/);
    expect((await tus(partner).create(2 * 1024 * 1024 * 1024, { filename: 'video.mp4', kind: 'video' })).status).toBe(413);
  });

  it('limits how many uploads one person starts per hour, without touching anyone else', async () => {
    const busy = await partnerOf(admin, otherInstitutionId);
    const started = await Promise.all(Array.from({ length: 120 }, (_, i) => tus(busy).create(10, { filename: `catatan-${i}.pdf`, kind: 'document' })));
    expect(started.map((response) => response.status)).toEqual(Array(120).fill(201));
    const refused = await tus(busy).create(10, { filename: 'satu-lagi.pdf', kind: 'document' });
    expect(refused.status).toBe(429);
    expect((await json<{ error: { code: string; message: string } }>(refused)).error).toEqual({ code: 'MATERIAL_TOO_MANY_UPLOADS', message: 'At most 120 uploads may be started per hour; please wait and try again' });
    expect((await tus(otherPartner).create(10, { filename: 'tetap-boleh.pdf', kind: 'document' })).status).toBe(201);
  });

  it('lets only the creator continue an upload', async () => {
    const url = await tus(partner).createdUrl(pdf.length, { filename: 'milik-mitra.pdf', kind: 'document' });
    expect((await tus(otherPartner).offset(url)).status).toBe(404);
    expect((await tus(otherPartner).patch(url, 0, pdf)).status).toBe(404);
    expect((await tus(admin).patch(url, 0, pdf)).status).toBe(404);
    expect((await tus(partner).offset(url)).offset).toBe(0);
  });

  it('keeps another institution’s partner out by id: read, update, archive, new version, download', async () => {
    const read = await material(otherPartner, uploaded.materialId);
    expect(read.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const update = await otherPartner.request('mutation($i: UpdateMaterialInput!) { updateMaterial(input: $i) { id } }', { i: { id: uploaded.materialId, title: 'Dibajak' } });
    expect(update.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const archive = await otherPartner.request('mutation($id: ID!) { archiveMaterial(id: $id) { id } }', { id: uploaded.materialId });
    expect(archive.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const version = await tus(otherPartner).create(pdf.length, { filename: 'v2.pdf', kind: 'document', materialId: uploaded.materialId });
    expect(version.status).toBe(404);
    const list = await mustSucceed(otherPartner.request<{ materials: { total: number } }>('{ materials { total } }'));
    expect(list.materials.total).toBe(0);
    // A download URL minted for the owner works for the bytes only; the other partner cannot mint one.
    const forged = await fetch(`${api.baseUrl}/materials/file/${'x'.repeat(40)}.${'y'.repeat(43)}`);
    expect(forged.status).toBe(404);
    expect(await json(forged)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(await learner.request('{ materials { total } }')).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });

  it('shows trainers shared materials only, and admins everything', async () => {
    const hidden = await material(trainer, uploaded.materialId);
    expect(hidden.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const before = await mustSucceed(trainer.request<{ materials: { items: Array<{ id: string; shared: boolean }> } }>('{ materials(page: { offset: 0, limit: 100 }) { items { id shared } } }'));
    expect(before.materials.items.map((item) => item.id)).not.toContain(uploaded.materialId);
    expect(before.materials.items.every((item) => item.shared)).toBe(true);

    const shared = await mustSucceed(partner.request<{ updateMaterial: MaterialView }>(`mutation($i: UpdateMaterialInput!) { updateMaterial(input: $i) { ${MATERIAL_FIELDS} } }`, { i: { id: uploaded.materialId, shared: true } }));
    expect(shared.updateMaterial.shared).toBe(true);
    const seen = await mustSucceed(trainer.request<{ materials: { total: number; items: MaterialView[] }; materialTopics: string[] }>(`{ materials(filter: { search: "REGISTER" }) { total items { ${MATERIAL_FIELDS} } } materialTopics }`));
    expect(seen.materials.items.map((item) => item.id)).toContain(uploaded.materialId);
    expect(seen.materials.items.every((item) => /register/i.test(item.title))).toBe(true);
    expect(seen.materialTopics).toContain('Manajemen proyek');
    const literal = await mustSucceed(trainer.request<{ materials: { total: number } }>('{ materials(filter: { search: "100%_" }) { total } }'));
    expect(literal.materials.total).toBe(0);
    const trainerUpdate = await trainer.request('mutation($i: UpdateMaterialInput!) { updateMaterial(input: $i) { id } }', { i: { id: uploaded.materialId, title: 'x' } });
    expect(trainerUpdate.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await tus(trainer).create(pdf.length, { filename: 'v2.pdf', kind: 'document', materialId: uploaded.materialId })).status).toBe(404);

    const all = await mustSucceed(admin.request<{ materials: { total: number } }>('{ materials(page: { offset: 0, limit: 100 }) { total } }'));
    expect(all.materials.total).toBeGreaterThanOrEqual(2);
    const byKind = await mustSucceed(admin.request<{ materials: { total: number } }>('{ materials(filter: { kind: VIDEO }) { total } }'));
    expect(byKind.materials.total).toBe(0);
  });

  it('serves the file with HTTP ranges from a signed URL', async () => {
    const { data } = await material(trainer, uploaded.materialId);
    const url = `${api.baseUrl}${data?.material.currentVersion?.downloadUrl}`;
    const whole = await fetch(url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('application/pdf');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(whole.headers.get('content-disposition')).toBe(`inline; filename="register risiko.pdf"; filename*=UTF-8''register%20risiko.pdf`);
    expect(sha256(Buffer.from(await whole.arrayBuffer()))).toBe(sha256(pdf));

    const middle = await fetch(url, { headers: { range: 'bytes=100-1099' } });
    expect(middle.status).toBe(206);
    expect(middle.headers.get('content-range')).toBe(`bytes 100-1099/${pdf.length}`);
    expect(Buffer.from(await middle.arrayBuffer()).equals(pdf.subarray(100, 1100))).toBe(true);
    const tail = await fetch(url, { headers: { range: 'bytes=-16' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(pdf.subarray(pdf.length - 16))).toBe(true);
    const beyond = await fetch(url, { headers: { range: `bytes=${pdf.length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${pdf.length}`);

    const tampered = url.replace(/\/materials\/file\/([^.]+)\.([^/]+)/, (_all, payload: string, mac: string) => `/materials/file/${payload}.${mac.slice(0, -2)}AA`);
    expect((await fetch(tampered)).status).toBe(404);
  });

  it('keeps versions, and hides an archived material from trainers', async () => {
    const second = await tus(partner).upload(pdf, { filename: 'register risiko v2.pdf', kind: 'document', materialId: uploaded.materialId });
    expect(second.status).toBe(200);
    const { data } = await material(partner, uploaded.materialId);
    expect(data?.material.versions.map((version) => version.version)).toEqual([2, 1]);
    expect(data?.material.currentVersion?.fileName).toBe('register risiko v2.pdf');
    const wrongKind = await tus(partner).create(pdf.length, { filename: 'foto.png', kind: 'image', materialId: uploaded.materialId });
    expect(wrongKind.status).toBe(400);

    await mustSucceed(partner.request('mutation($id: ID!) { archiveMaterial(id: $id) { archived } }', { id: uploaded.materialId }));
    expect((await material(trainer, uploaded.materialId)).errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await material(partner, uploaded.materialId)).data?.material.archived).toBe(true);
    const visible = await mustSucceed(partner.request<{ materials: { items: Array<{ id: string }> } }>('{ materials(filter: { includeArchived: true }) { items { id } } }'));
    expect(visible.materials.items.map((item) => item.id)).toContain(uploaded.materialId);
  });
});
