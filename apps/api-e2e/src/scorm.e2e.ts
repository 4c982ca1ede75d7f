import { TEST_DIALECTS } from '@tunas/shared/testing';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join, resolve } from 'node:path';
import { RunningApi, startApi } from './support/api-process';
import { errorCode, GraphQLClient } from './support/graphql-client';
import { createPerson, enrol, mustSucceed } from './support/quiz-fixtures';

/** The golf sample packages of the interop corpus (read in place): TUNAS_CORPUS_DIR wins, then ../shared/corpus, then /work/shared/corpus. */
function golfPackage(name: string): string {
  const candidates = [process.env['TUNAS_CORPUS_DIR'], resolve(__dirname, '../../../../shared/corpus'), '/work/shared/corpus'].filter((dir): dir is string => !!dir);
  const found = candidates.map((dir) => join(dir, 'scorm', 'packages', 'golf', name)).find((path) => existsSync(path));
  if (!found) throw new Error(`SCORM golf package ${name} not found (looked in ${candidates.join(', ')}); set TUNAS_CORPUS_DIR`);
  return found;
}

/** One SCO with the whole golf course, its tests and bookmarking (`cmi.core.lesson_location`, `cmi.suspend_data`). */
const PACKAGE = 'RuntimeBasicCalls_SCORM12.zip';

const LAUNCH = 'mutation($c: ID!, $a: ID!, $n: Boolean) { scormLaunch(courseId: $c, activityId: $a, newAttempt: $n) { attemptId attemptNumber version launchUrl runtimeData entry commitSequence } }';
const COMMIT = 'mutation($i: CommitScormRuntimeInput!) { commitScormRuntime(input: $i) { accepted completionStatus successStatus scoreScaled activityCompletion courseCompleted } }';

interface Launch {
  attemptId: string;
  attemptNumber: number;
  version: string;
  launchUrl: string;
  runtimeData: string | null;
  entry: string;
  commitSequence: number;
}

interface CommitResult {
  accepted: boolean;
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
  activityCompletion: number;
  courseCompleted: boolean;
}

/** Uploads a file through the tus endpoint in two PATCH requests, as tus-js-client would. */
async function tusUpload(baseUrl: string, token: string, path: string, metadata: Record<string, string>): Promise<{ materialId: string; versionId: string }> {
  const body = readFileSync(path);
  const header = Object.entries(metadata).map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`).join(',');
  const auth = { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' };
  const created = await fetch(`${baseUrl}/uploads`, { method: 'POST', headers: { ...auth, 'upload-length': String(body.length), 'upload-metadata': header } });
  if (created.status !== 201) throw new Error(`tus create answered ${created.status}: ${await created.text()}`);
  const location = new URL(created.headers.get('location')!, `${baseUrl}/uploads/`).toString();
  const half = Math.floor(body.length / 2);
  const first = await fetch(location, { method: 'PATCH', headers: { ...auth, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }, body: body.subarray(0, half) });
  if (first.status !== 204) throw new Error(`tus PATCH answered ${first.status}: ${await first.text()}`);
  const last = await fetch(location, { method: 'PATCH', headers: { ...auth, 'upload-offset': String(half), 'content-type': 'application/offset+octet-stream' }, body: body.subarray(half) });
  const text = await last.text();
  if (last.status !== 200) throw new Error(`tus last PATCH answered ${last.status}: ${text}`);
  return JSON.parse(text) as { materialId: string; versionId: string };
}

/** A raw GET that sends the path exactly as written (fetch would resolve `..` itself). */
function rawGet(baseUrl: string, path: string): Promise<{ status: number; body: string }> {
  const url = new URL(baseUrl);
  return new Promise((done, fail) => {
    const request = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', fail);
    request.end();
  });
}

function cmi12(fields: { status: string; location: string; suspend: string; raw?: string; sessionTime?: string }): string {
  return JSON.stringify({
    cmi: {
      core: { lesson_status: fields.status, lesson_location: fields.location, session_time: fields.sessionTime ?? '00:02:00', score: { raw: fields.raw ?? '', min: '', max: '' }, exit: 'suspend' },
      suspend_data: fields.suspend,
    },
  });
}

describe.each(TEST_DIALECTS)('SCORM activities on %s', (dialect) => {
  let api: RunningApi;
  let partner: GraphQLClient;
  let trainer: GraphQLClient;
  let admin: GraphQLClient;
  let versionId: string;
  let courseId: string;
  let activityId: string;

  beforeAll(async () => {
    api = await startApi(dialect);
    partner = new GraphQLClient(api.baseUrl);
    await partner.login('mitra@tunas.test');
    trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    const uploaded = await tusUpload(api.baseUrl, partner.token!, golfPackage(PACKAGE), { kind: 'scorm', filename: PACKAGE, title: 'Golf Explained (SCORM 1.2)' });
    versionId = uploaded.versionId;
    await mustSucceed(partner.request('mutation($i: UpdateMaterialInput!) { updateMaterial(input: $i) { id shared } }', { i: { id: uploaded.materialId, shared: true } }));

    const topics = await trainer.request<{ topics: Array<{ id: string }> }>('{ topics { id } }');
    const course = await mustSucceed(
      trainer.request<{ createCourse: { id: string } }>('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', {
        i: { title: 'Golf untuk ASN', summary: 'Kursus uji paket SCORM.', topicId: topics.data!.topics[0].id, competencyType: 'TEKNIS', jpHours: 1, level: 'DASAR' },
      }),
    );
    courseId = course.createCourse.id;
    const withModule = await mustSucceed(
      trainer.request<{ addCourseModule: { modules: Array<{ id: string }> } }>('mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }', { i: { courseId, title: 'Modul SCORM' } }),
    );
    const moduleId = withModule.addCourseModule.modules[0].id;
    const content = { materialVersionId: versionId, version: '1.2', launchItem: 'item_1', launch: 'shared/launchpage.html', title: 'Golf Explained' };
    const added = await mustSucceed(
      trainer.request<{ addActivity: { modules: Array<{ activities: Array<{ id: string; type: string }> }> } }>('mutation($i: AddActivityInput!) { addActivity(input: $i) { modules { activities { id type } } } }', {
        i: { moduleId, type: 'scorm', title: 'Golf Explained', content },
      }),
    );
    activityId = added.addActivity.modules[0].activities.find((activity) => activity.type === 'scorm')!.id;
    await mustSucceed(trainer.request('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId }));
  }, 180_000);
  afterAll(() => api?.stop());

  it('imported the package into the library with its launchable item', async () => {
    const listed = await mustSucceed(
      trainer.request<{ materials: { items: Array<{ currentVersion: { id: string; metadata: { version: string; launchables: Array<{ itemIdentifier: string; launch: string }> } } }> } }>(
        '{ materials(filter: { kind: SCORM }) { items { currentVersion { id metadata } } } }',
      ),
    );
    const version = listed.materials.items.find((item) => item.currentVersion.id === versionId)!.currentVersion;
    expect(version.metadata.version).toBe('1.2');
    expect(version.metadata.launchables).toEqual([expect.objectContaining({ itemIdentifier: 'item_1', launch: 'shared/launchpage.html' })]);
  });

  it('refuses an activity pointing at an item the package does not launch', async () => {
    const draft = await mustSucceed(trainer.request<{ createCourse: { id: string } }>('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', {
      i: { title: 'Golf salah', summary: 'Kursus uji.', topicId: (await trainer.request<{ topics: Array<{ id: string }> }>('{ topics { id } }')).data!.topics[0].id, competencyType: 'TEKNIS', jpHours: 1, level: 'DASAR' },
    }));
    const module = await mustSucceed(trainer.request<{ addCourseModule: { modules: Array<{ id: string }> } }>('mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }', { i: { courseId: draft.createCourse.id, title: 'M' } }));
    const refused = await trainer.request('mutation($i: AddActivityInput!) { addActivity(input: $i) { modules { id } } }', {
      i: { moduleId: module.addCourseModule.modules[0].id, type: 'scorm', title: 'X', content: { materialVersionId: versionId, version: '1.2', launchItem: 'item_99', launch: 'shared/launchpage.html', title: 'X' } },
    });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.raw).toContain('item_99');
  });

  it('launches, serves the package to the frame, resumes, ignores stale commits and feeds course progress', async () => {
    const learner = await createPerson(admin, ['LEARNER'], 'Pegolf Pemula');
    await enrol(learner.client, courseId);
    const first = (await mustSucceed(learner.client.request<{ scormLaunch: Launch }>(LAUNCH, { c: courseId, a: activityId }))).scormLaunch;
    expect(first).toMatchObject({ attemptNumber: 1, version: '1.2', entry: 'AB_INITIO', runtimeData: null, commitSequence: 0 });
    expect(first.launchUrl).toMatch(/^\/scorm\/[^/]+\/shared\/launchpage\.html$/);

    const page = await fetch(`${api.baseUrl}${first.launchUrl}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(await page.text()).toContain('<html');
    const script = await fetch(`${api.baseUrl}${first.launchUrl.replace('launchpage.html', 'scormfunctions.js')}`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    const token = first.launchUrl.split('/')[2];
    for (const path of [`/scorm/${token}/../../../package.json`, `/scorm/${token}/%2e%2e/%2e%2e/imsmanifest.xml`, `/scorm/${token}/shared%2f..%2f..%2fx`, `/scorm/${token}/nothing-here.html`, `/scorm/x${token}/shared/launchpage.html`]) {
      expect({ path, status: (await rawGet(api.baseUrl, path)).status }).toEqual({ path, status: 404 });
    }

    const midway = (await mustSucceed(learner.client.request<{ commitScormRuntime: CommitResult }>(COMMIT, { i: { attemptId: first.attemptId, sequence: 1, cmi: cmi12({ status: 'incomplete', location: 'Playing/Par.html', suspend: 'page=3' }), terminate: true } }))).commitScormRuntime;
    expect(midway).toMatchObject({ accepted: true, completionStatus: 'incomplete', successStatus: 'unknown', activityCompletion: 0.5, courseCompleted: false });

    const stale = (await mustSucceed(learner.client.request<{ commitScormRuntime: CommitResult }>(COMMIT, { i: { attemptId: first.attemptId, sequence: 1, cmi: cmi12({ status: 'passed', location: 'x', suspend: 'forged', raw: '100' }), terminate: false } }))).commitScormRuntime;
    expect(stale).toMatchObject({ accepted: false, completionStatus: 'incomplete' });

    const again = (await mustSucceed(learner.client.request<{ scormLaunch: Launch }>(LAUNCH, { c: courseId, a: activityId }))).scormLaunch;
    expect(again).toMatchObject({ attemptId: first.attemptId, attemptNumber: 1, entry: 'RESUME', commitSequence: 1 });
    const resumed = JSON.parse(again.runtimeData!) as { cmi: { core: Record<string, unknown>; suspend_data: string } };
    expect(resumed.cmi.suspend_data).toBe('page=3');
    expect(resumed.cmi.core['lesson_location']).toBe('Playing/Par.html');
    expect(resumed.cmi.core['total_time']).toBe('0000:02:00');
    expect(resumed.cmi.core['session_time']).toBeUndefined();

    const finished = (await mustSucceed(learner.client.request<{ commitScormRuntime: CommitResult }>(COMMIT, { i: { attemptId: first.attemptId, sequence: 2, cmi: cmi12({ status: 'passed', location: 'HavingFun/MakeFriends.html', suspend: 'page=12', raw: '85' }), terminate: true } }))).commitScormRuntime;
    expect(finished).toMatchObject({ accepted: true, completionStatus: 'completed', successStatus: 'passed', scoreScaled: 0.85, activityCompletion: 1, courseCompleted: true });

    const outline = await mustSucceed(
      learner.client.request<{ courseOutline: { enrolment: { progress: number; status: string }; modules: Array<{ activities: Array<{ id: string; completion: number; state: Record<string, unknown> | null }> }> } }>(
        'query($id: ID!) { courseOutline(courseId: $id) { enrolment { progress status } modules { activities { id completion state } } } }',
        { id: courseId },
      ),
    );
    expect(outline.courseOutline.enrolment).toMatchObject({ progress: 1, status: 'COMPLETED' });
    const activity = outline.courseOutline.modules[0].activities.find((row) => row.id === activityId)!;
    expect(activity.completion).toBe(1);
    expect(activity.state).toEqual({ attempts: 1, completionStatus: 'completed', successStatus: 'passed', scoreScaled: 0.85, location: 'HavingFun/MakeFriends.html' });

    const newAttempt = (await mustSucceed(learner.client.request<{ scormLaunch: Launch }>(LAUNCH, { c: courseId, a: activityId, n: true }))).scormLaunch;
    expect(newAttempt).toMatchObject({ attemptNumber: 2, entry: 'AB_INITIO', runtimeData: null });
  });

  it('refuses another learner’s attempt, runtime data that is no SCORM data model, and a learner who is not enrolled', async () => {
    const owner = await createPerson(admin, ['LEARNER'], 'Pemilik Percobaan');
    const intruder = await createPerson(admin, ['LEARNER'], 'Penyusup');
    await enrol(owner.client, courseId);
    await enrol(intruder.client, courseId);
    const launched = (await mustSucceed(owner.client.request<{ scormLaunch: Launch }>(LAUNCH, { c: courseId, a: activityId }))).scormLaunch;

    const stolen = await intruder.client.request(COMMIT, { i: { attemptId: launched.attemptId, sequence: 5, cmi: cmi12({ status: 'failed', location: '', suspend: '' }), terminate: true } });
    expect(errorCode(stolen)).toBe('NOT_FOUND');

    const junk = await owner.client.request(COMMIT, { i: { attemptId: launched.attemptId, sequence: 1, cmi: JSON.stringify({ cmi: { core: { 'lesson status': 'passed' } } }), terminate: false } });
    expect(errorCode(junk)).toBe('BAD_USER_INPUT');
    const tooLong = await owner.client.request(COMMIT, { i: { attemptId: launched.attemptId, sequence: 1, cmi: cmi12({ status: 'incomplete', location: '', suspend: 'x'.repeat(5000) }), terminate: false } });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');

    const stranger = await createPerson(admin, ['LEARNER'], 'Belum Terdaftar');
    expect(errorCode(await stranger.client.request(LAUNCH, { c: courseId, a: activityId }))).toBeDefined();
  });
});

/**
 * Other people's packages, end to end: every golf package of the corpus goes through the real upload, becomes a
 * SCORM activity (each launchable item of the default organisation, as a trainer would pick it), and launches for an
 * enrolled learner: the launch file comes back as HTML from the package's own storage. On SQLite only: the MariaDB
 * suite above covers the same code with one package.
 */
describe('every golf package of the corpus imports, becomes an activity and launches (sqlite)', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi('sqlite');
  }, 60_000);
  afterAll(() => api?.stop());

  it('launches each item of all 11 packages', async () => {
    const golfDir = join(golfPackage(PACKAGE), '..');
    const zips = readdirSync(golfDir).filter((name) => name.endsWith('.zip')).sort();
    expect(zips).toHaveLength(11);
    const summaries = JSON.parse(readFileSync(join(golfDir, '..', '..', 'golf-manifest-summary.json'), 'utf8')) as Record<string, { launchable_items: { sco: number; asset: number } }>;
    const partner = new GraphQLClient(api.baseUrl);
    await partner.login('mitra@tunas.test');
    const trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    const admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');

    const topics = await mustSucceed(trainer.request<{ topics: Array<{ id: string }> }>('{ topics { id } }'));
    const course = await mustSucceed(
      trainer.request<{ createCourse: { id: string } }>('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', {
        i: { title: 'Koleksi paket golf', summary: 'Semua paket contoh golf sebagai aktivitas SCORM.', topicId: topics.topics[0].id, competencyType: 'TEKNIS', jpHours: 1, level: 'DASAR' },
      }),
    );
    const courseId = course.createCourse.id;
    const withModule = await mustSucceed(trainer.request<{ addCourseModule: { modules: Array<{ id: string }> } }>('mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }', { i: { courseId, title: 'Paket golf' } }));
    const moduleId = withModule.addCourseModule.modules[0].id;

    const activities: Array<{ zip: string; activityId: string; launch: string }> = [];
    for (const zip of zips) {
      const uploaded = await tusUpload(api.baseUrl, partner.token!, join(golfDir, zip), { kind: 'scorm', filename: zip, title: zip.replace(/\.zip$/, '') });
      await mustSucceed(partner.request('mutation($i: UpdateMaterialInput!) { updateMaterial(input: $i) { id } }', { i: { id: uploaded.materialId, shared: true } }));
      const material = await mustSucceed(trainer.request<{ material: { currentVersion: { id: string; metadata: { version: string; launchables: Array<{ itemIdentifier: string; title: string; launch: string; scormType: string | null }> } } } }>(
        'query($id: ID!) { material(id: $id) { currentVersion { id metadata } } }',
        { id: uploaded.materialId },
      ));
      const { version, launchables } = material.material.currentVersion.metadata;
      const expected = summaries[zip].launchable_items;
      // Every item with a launch file: SCOs and assets alike.
      expect({ zip, launchables: launchables.length }).toEqual({ zip, launchables: expected.sco + expected.asset });
      for (const item of launchables) {
        const content = { materialVersionId: uploaded.versionId, version, launchItem: item.itemIdentifier, launch: item.launch, title: item.title };
        const added = await mustSucceed(
          trainer.request<{ addActivity: { modules: Array<{ activities: Array<{ id: string }> }> } }>('mutation($i: AddActivityInput!) { addActivity(input: $i) { modules { activities { id } } } }', {
            i: { moduleId, type: 'scorm', title: `${zip}: ${item.title}`.slice(0, 200), content },
          }),
        );
        activities.push({ zip, activityId: added.addActivity.modules[0].activities.at(-1)!.id, launch: item.launch });
      }
    }
    await mustSucceed(trainer.request('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId }));

    const learner = await createPerson(admin, ['LEARNER'], 'Penjelajah Golf');
    await enrol(learner.client, courseId);
    const launched: string[] = [];
    for (const { zip, activityId, launch } of activities) {
      const started = (await mustSucceed(learner.client.request<{ scormLaunch: Launch }>(LAUNCH, { c: courseId, a: activityId }))).scormLaunch;
      expect(decodeURIComponent(started.launchUrl.replace(/^\/scorm\/[^/]+\//, ''))).toBe(launch);
      const page = await fetch(`${api.baseUrl}${started.launchUrl}`);
      expect({ zip, launch, status: page.status, type: page.headers.get('content-type') }).toEqual({ zip, launch, status: 200, type: expect.stringContaining('text/html') });
      expect(await page.text()).toMatch(/<html/i);
      launched.push(zip);
    }
    expect(new Set(launched).size).toBe(11);
  }, 240_000);
});
