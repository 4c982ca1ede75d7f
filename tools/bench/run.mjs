// npm run bench [-- --size S|M|L --duration 10 --connections 16 --only lesson,verify,... --generate-only --render]
// (--render rewrites docs/benchmarks.md from the last results of that size, e.g. after another size has run.)
// Generates deterministic data in a fresh MariaDB database, starts the built API pinned to CPU 0 (the load
// generator runs on CPU 1), and measures each read scenario against two baselines in the same run:
// B0 (node:http replaying the same bytes) and B1 (node:http + raw mysql2 with hand-written SQL).
// Writes dist/bench/results.json and regenerates docs/benchmarks.md.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { ADMIN_EMAIL, BENCH_PASSWORD, BIG_SUPERVISOR_EMAIL, EXAM_QUESTIONS, generate, nipFor, uuid, verificationCodeFor } from './generate.mjs';
import { runQuizFlow } from './quiz-flow.mjs';

const root = resolve(import.meta.dirname, '../..');
const { values: options } = parseArgs({
  options: { size: { type: 'string', default: 'S' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '16' }, only: { type: 'string' }, 'generate-only': { type: 'boolean', default: false }, render: { type: 'boolean', default: false } },
});
/** Scenario names: catalog, dashboard, outline, lesson, verify, supervisor, login, jp-report, csv-enrol, quiz. */
const wanted = (name) => !options.only || options.only.split(',').includes(name);
const YEAR = 2026;
const CATALOG_QUERY = 'query($search: String) { courses(filter: { search: $search }, page: { limit: 12 }) { total items { id title jpHours level topic { name } moduleCount activityCount } } }';
// The portal's CourseOutline query (libs/portal/data-access/src/lib/graphql/courses.graphql): what the course player
// loads to open an activity: the course card, my enrolment, every module with each activity's content and my state.
const LESSON_QUERY = `query($courseId: ID!) { courseOutline(courseId: $courseId) {
  completion preview resumeActivityId versionNumber
  course { id title summary jpHours level competencyType language status version moduleCount activityCount publishedAt coverImageUrl enrolmentClosesAt topic { id code name } }
  enrolment { id courseId status progress source enrolledAt completedAt lastAccessedAt lastActivityId versionNumber }
  modules { id title summary requiresPrevious locked completion activities { id type title required schemaVersion completion content state } }
} }`;
// The /pimpinan first screen (libs/portal/data-access/src/lib/graphql/supervision-dashboard.graphql): the dashboard's
// aggregates and the first page of 25 people, most behind first, as the portal asks for them.
const SUPERVISOR_QUERY = `query($year: Int!, $unitId: ID, $limit: Int!) {
  supervisionDashboard(year: $year, unitId: $unitId) {
    year
    totals { people reached behind averageJp totalJp }
    byUnit { unitId unitName people reached behind averageJp totalJp }
    byCompetencyType { competencyType jp completions people }
  }
  supervisedPeople(year: $year, unitId: $unitId, status: ALL, orderBy: BEHIND_BY, descending: true, offset: 0, limit: $limit) {
    total offset limit
    items { userId name nip asnType unitId unitName jp target behindBy reached completions averageScore }
  }
}`;
const SUPERVISOR_PAGE = 25;
const loadAtStart = loadavg()[0];
const duration = Number(options.duration);
const connections = Number(options.connections);
const adminUrl = process.env.TUNAS_TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306';
const database = `tunas_bench_${Date.now().toString(36)}`;
const databaseUrl = `${adminUrl.replace(/\/$/, '')}/${database}`;
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const pinned = (cpu, args) => (process.platform === 'linux' ? ['taskset', ['-c', String(cpu), ...args]] : [args[0], args.slice(1)]);

if (options.render) {
  writeFileSync(join(root, 'docs/benchmarks.md'), markdown(JSON.parse(readFileSync(join(root, `dist/bench/results-${options.size}.json`), 'utf8'))));
  console.log('wrote docs/benchmarks.md');
  process.exit(0);
}
const admin = await mysql.createConnection({ uri: adminUrl });
await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
// Debian's MariaDB starts with a 128 MiB buffer pool, which holds little of size M and nothing of size L: every
// query would measure the disk. For the run the pool gets BENCH_BUFFER_POOL_GIB (4 by default, a sixth of this
// machine's memory, a usual setting for a database server) and its old size back at the end (the change is online
// and not persisted). Durability settings are left as they are (innodb_flush_log_at_trx_commit stays 1).
const [[{ pool: previousBufferPool }]] = await admin.query('SELECT @@innodb_buffer_pool_size AS pool');
const bufferPool = Math.max(Number(previousBufferPool), Number(process.env.BENCH_BUFFER_POOL_GIB ?? 4) * 2 ** 30);
if (bufferPool > Number(previousBufferPool)) await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${bufferPool}`);
const databaseServer = await serverFacts(admin);
const children = [];
try {
  const api = await startApi();
  const connection = await mysql.createConnection({ uri: databaseUrl });
  console.log(`generating size ${options.size} ...`);
  const writer = await mysql.createConnection({ uri: databaseUrl });
  const data = await generate(connection, options.size, writer);
  await writer.end();
  console.log(data);
  if (options['generate-only']) {
    const counts = await tableCounts(connection);
    console.log(counts);
    mkdirSync(join(root, 'dist/bench'), { recursive: true });
    writeFileSync(join(root, `dist/bench/generate-${options.size}.json`), JSON.stringify({ date: new Date().toISOString(), loadAverageAtStart: loadAtStart, database: databaseServer, data, counts }, null, 2));
    await connection.end();
    for (const child of children) child.kill('SIGTERM');
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await restoreBufferPool();
    await admin.end();
    process.exit(0);
  }

  // Learner sessions for the per-learner scenarios (one is enough when only other scenarios run).
  const learners = ['dashboard', 'outline', 'lesson'].some(wanted) ? Math.min(200, data.learners) : 1;
  console.log(`signing in ${learners} learners ...`);
  const tokens = [];
  for (let i = 0; i < learners; i++) tokens.push(await login(api.url, `pegawai${i + 1}@bench.tunas.test`));
  const learnerId = (i) => uuid(`learner:${i}`);
  const courseOf = (i) => uuid(`course:${(i * 7) % data.courses}`);
  const supervisorToken = await login(api.url, BIG_SUPERVISOR_EMAIL);
  const adminToken = await login(api.url, ADMIN_EMAIL);
  const codeOf = (i) => verificationCodeFor(1 + (i % data.certificates));
  // Each verification comes from its own client address (the API allows 60 look-ups a minute per address).
  const clientAddress = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const gql = (query, variables, token) => ({ body: JSON.stringify({ query, variables }), token });

  const scenarios = [
    {
      name: 'catalog',
      title: 'Catalogue search page (12 results)',
      request: (i) => gql(CATALOG_QUERY, { search: 'proyek' }, tokens[i % tokens.length]),
      params: () => ({ search: 'proyek' }),
    },
    {
      name: 'dashboard',
      title: 'Learner dashboard (my courses)',
      request: (i) => gql('{ myEnrolments { courseId status progress versionNumber } }', {}, tokens[i % tokens.length]),
      params: (i) => ({ userId: learnerId(i) }),
    },
    {
      name: 'outline',
      title: 'Course outline with my progress',
      request: (i) => gql('query($courseId: ID!) { courseOutline(courseId: $courseId) { completion resumeActivityId modules { id completion activities { id completion } } } }', { courseId: courseOf(i) }, tokens[i % tokens.length]),
      params: (i) => ({ userId: learnerId(i), courseId: courseOf(i) }),
    },
    {
      name: 'lesson',
      title: 'Lesson view (course player: outline, content and my state)',
      request: (i) => gql(LESSON_QUERY, { courseId: courseOf(i) }, tokens[i % tokens.length]),
      params: (i) => ({ userId: learnerId(i), courseId: courseOf(i) }),
    },
    {
      name: 'verify',
      title: 'Certificate verification (GET /verify/<code>, JSON)',
      request: (i) => ({ method: 'GET', path: `/verify/${codeOf(i)}`, headers: { accept: 'application/json', 'x-forwarded-for': clientAddress(i) } }),
      baseline: (i) => ({ method: 'GET', path: `/verify/${codeOf(i)}`, headers: { accept: 'application/json' } }),
    },
    {
      name: 'supervisor',
      title: `Supervisor dashboard (${data.bigUnitPeople} people): aggregates and the first page of ${SUPERVISOR_PAGE}`,
      request: () => gql(SUPERVISOR_QUERY, { year: YEAR, limit: SUPERVISOR_PAGE }, supervisorToken),
      params: () => ({ supervisorId: uuid('supervisor:big'), year: YEAR, limit: SUPERVISOR_PAGE }),
    },
  ].filter((scenario) => wanted(scenario.name));
  for (const scenario of scenarios) scenario.baseline ??= (i) => ({ body: JSON.stringify({ variables: { bench: { scenario: scenario.name, params: scenario.params(i % tokens.length) } } }) });

  // The bytes B0 replays, and a check that B1 answers the same thing Tunas does.
  const canned = {};
  for (const scenario of scenarios) {
    const response = await send(api.url, scenario.request(0));
    if (response.status !== 200 || JSON.parse(response.body).errors) throw new Error(`${scenario.name}: HTTP ${response.status} ${response.body.slice(0, 500)}`);
    canned[scenario.name] = response.body;
    scenario.sqlQueries = Number(response.headers.get('x-tunas-sql-queries'));
    scenario.bytes = Buffer.byteLength(response.body);
    scenario.sql = await sqlTime(api.url, scenario.request);
  }
  const cannedFile = join(mkdtempSync(join(tmpdir(), 'tunas-bench-')), 'canned.json');
  writeFileSync(cannedFile, JSON.stringify(canned));
  const b0 = await startBaseline('b0', cannedFile);
  const b1 = await startBaseline('b1', cannedFile);
  for (const scenario of scenarios) {
    const tunas = JSON.parse(canned[scenario.name]);
    const baseline = JSON.parse((await send(b1.url, scenario.baseline(0))).body);
    scenario.b1SameAnswer = JSON.stringify(normalise(tunas)) === JSON.stringify(normalise(baseline));
    if (!scenario.b1SameAnswer) {
      writeFileSync(join(tmpdir(), `tunas-bench-${scenario.name}-tunas.json`), JSON.stringify(normalise(tunas), null, 1));
      writeFileSync(join(tmpdir(), `tunas-bench-${scenario.name}-b1.json`), JSON.stringify(normalise(baseline), null, 1));
      console.log(`${scenario.name}: B1 answers differently (see ${tmpdir()}/tunas-bench-${scenario.name}-*.json)`);
    }
  }

  const results = [];
  for (const scenario of scenarios) {
    console.log(`scenario ${scenario.name} ...`);
    const tunas = await load(api.url, scenario.request);
    const rssTunas = rssOf(api.pid);
    const base1 = await load(b1.url, scenario.baseline);
    const base0 = await load(b0.url, scenario.baseline);
    results.push({ scenario: scenario.name, title: scenario.title, sqlQueries: scenario.sqlQueries, sql: scenario.sql, bytes: scenario.bytes, b1SameAnswer: scenario.b1SameAnswer, rssMb: rssTunas, tunas, b1: base1, b0: base0 });
  }

  // The floor of this stack: an authenticated GraphQL POST that runs no resolver and no SQL (HTTP, middleware, Apollo's
  // pipeline, JSON). No GraphQL scenario can be faster than this on CPU 0; B0 is the same for node:http alone.
  let floor = null;
  if (results.length) {
    console.log('floor: { __typename } ...');
    floor = await load(api.url, (i) => gql('{ __typename }', {}, tokens[i % tokens.length]));
  }

  if (wanted('login')) {
  console.log('scenario login storm ...');
  const loginQuery = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
  const loginBody = (i) => JSON.stringify({ query: loginQuery, variables: { input: { identifier: `pegawai${(i % data.learners) + 1}@bench.tunas.test`, password: BENCH_PASSWORD, returnRefreshToken: true } } });
  const tunasLogin = await load(api.url, (i) => ({ body: loginBody(i + 500) }));
  const b1Login = await load(b1.url, (i) => ({ body: JSON.stringify({ variables: { bench: { scenario: 'login', params: { identifier: `pegawai${(i % data.learners) + 1}@bench.tunas.test`, password: BENCH_PASSWORD } } } }) }));
  results.push({ scenario: 'login', title: 'Login storm (argon2id, distinct users)', sqlQueries: null, bytes: null, b1SameAnswer: null, rssMb: rssOf(api.pid), tunas: tunasLogin, b1: b1Login, b0: null });
  }

  // One-shot jobs: a few runs each, min and median.
  const oneShots = [];
  if (wanted('jp-report')) {
    console.log('one-shot JP report (supervision export, CSV, everyone) ...');
    const exportQuery = 'query($year: Int!, $format: SupervisionExportFormat!) { supervisionExport(year: $year, format: $format) { filename contentType encoding content } }';
    const runs = [];
    let rows = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const response = await send(api.url, gql(exportQuery, { year: YEAR, format: 'CSV' }, adminToken));
      const ms = performance.now() - started;
      const body = JSON.parse(response.body);
      if (!body.data) throw new Error(`JP report failed: ${response.body.slice(0, 500)}`);
      const { content, encoding } = body.data.supervisionExport;
      const text = encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
      rows = text.trim().split('\n').length - 1;
      runs.push({ ms, sqlQueries: Number(response.headers.get('x-tunas-sql-queries')), sqlMs: Number(response.headers.get('x-tunas-sql-ms')), bytes: Buffer.byteLength(response.body) });
    }
    oneShots.push({ name: 'jp-report', title: `JP report: CSV export of the supervision dashboard, ${rows} people (admin)`, rows, ...summariseRuns(runs) });
  }
  if (wanted('csv-enrol')) {
    const count = Math.min(50_000, data.learners);
    console.log(`one-shot CSV enrolment of ${count} NIPs ...`);
    const csv = ['nip', ...Array.from({ length: count }, (_, i) => nipFor(i))].join('\n');
    const enrolQuery = 'mutation($input: EnrolByCsvInput!) { enrolByCsv(input: $input) { enrolled alreadyEnrolled errors { line nip reason } } }';
    const started = performance.now();
    const response = await send(api.url, gql(enrolQuery, { input: { courseId: data.csvCourseId, csv } }, adminToken));
    const ms = performance.now() - started;
    const body = JSON.parse(response.body);
    if (!body.data) throw new Error(`CSV enrolment failed: ${response.body.slice(0, 500)}`);
    const report = body.data.enrolByCsv;
    const [[{ stored }]] = await connection.query('SELECT COUNT(*) AS stored FROM enrolments WHERE course_id = ?', [data.csvCourseId]);
    oneShots.push({
      name: 'csv-enrol', title: `CSV enrolment of ${count} valid NIPs (admin, one request)`, rows: count, runs: [{ ms }], minMs: ms, medianMs: ms,
      sqlQueries: Number(response.headers.get('x-tunas-sql-queries')), sqlMs: Number(response.headers.get('x-tunas-sql-ms')), bytes: Buffer.byteLength(response.body),
      enrolled: report.enrolled, errors: report.errors.length, stored: Number(stored), target: 'under 30 s',
    });
    console.log(oneShots.at(-1));
  }

  let quizFlow = null;
  if (wanted('quiz')) {
  console.log('scenario quiz flow ...');
  quizFlow = await runQuizFlow({ url: api.url, connection, exam: data.exam, jwtSecret: JWT_SECRET, questions: EXAM_QUESTIONS });
  console.log(quizFlow);
  }

  const report = { quizFlow, oneShots, floor, date: new Date().toISOString(), machine: { loadAverageAtStart: loadAtStart, database: databaseServer, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, options: { size: options.size, duration, connections, only: options.only ?? null }, data, results };
  mkdirSync(join(root, 'dist/bench'), { recursive: true });
  writeFileSync(join(root, 'dist/bench/results.json'), JSON.stringify(report, null, 2));
  writeFileSync(join(root, `dist/bench/results-${options.size}.json`), JSON.stringify(report, null, 2));
  writeFileSync(join(root, 'docs/benchmarks.md'), markdown(report));
  console.log(`wrote dist/bench/results.json, dist/bench/results-${options.size}.json and docs/benchmarks.md`);
  await connection.end();
} finally {
  for (const child of children) child.kill('SIGTERM');
  await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await restoreBufferPool();
  await admin.end();
}

async function restoreBufferPool() {
  if (bufferPool > Number(previousBufferPool)) await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${Number(previousBufferPool)}`);
}

/** The database server as the run saw it, for the report. */
async function serverFacts(connection) {
  const [[row]] = await connection.query('SELECT VERSION() AS version, @@innodb_buffer_pool_size AS pool, @@innodb_flush_log_at_trx_commit AS flush');
  return { version: row.version, bufferPoolMiB: Math.round(Number(row.pool) / 2 ** 20), flushLogAtTrxCommit: Number(row.flush) };
}

async function startApi() {
  const port = await freePort();
  const [command, args] = pinned(0, [process.execPath, join(root, 'dist/apps/api/main.js')]);
  const child = spawn(command, args, {
    env: { ...process.env, TUNAS_MODE: 'production', JWT_SECRET, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', QUERY_COUNT_HEADER: 'true', TRUST_PROXY: 'true', ACCESS_TOKEN_TTL_SECONDS: '3600' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  // Migrating a fresh database takes a while on a busy machine.
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, pid: child.pid };
    } catch {
      // starting
    }
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error('the API did not start');
}

async function startBaseline(mode, cannedFile) {
  const port = await freePort();
  const [command, args] = pinned(0, [process.execPath, join(import.meta.dirname, 'baseline-server.mjs'), String(port), mode, databaseUrl, cannedFile]);
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url, { method: 'POST', body: '{}' });
      return { url, pid: child.pid };
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`baseline ${mode} did not start`);
}

async function login(url, identifier) {
  const response = await graphql(url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { identifier, password: BENCH_PASSWORD, returnRefreshToken: true } });
  return JSON.parse(response.body).data.login.accessToken;
}

async function graphql(url, query, variables, token) {
  return send(url, { body: JSON.stringify({ query, variables }), token });
}

/** A request as the scenarios describe it: POST /graphql with a JSON body unless method and path say otherwise. */
function headersOf({ token, headers }) {
  return { ...(headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

async function send(url, request) {
  const method = request.method ?? 'POST';
  const response = await fetch(`${url}${request.path ?? '/graphql'}`, { method, headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...headersOf(request) }, body: request.body });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

/** SQL statements and SQL time of 20 requests sent one at a time (no load): the medians. */
async function sqlTime(url, request) {
  const sqlMs = [];
  const totalMs = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    const response = await send(url, request(i));
    totalMs.push(performance.now() - started);
    sqlMs.push(Number(response.headers.get('x-tunas-sql-ms')));
  }
  return { medianSqlMs: median(sqlMs), medianMs: median(totalMs) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function summariseRuns(runs) {
  return { runs, minMs: Math.min(...runs.map((run) => run.ms)), medianMs: median(runs.map((run) => run.ms)), sqlQueries: runs[0].sqlQueries, sqlMs: median(runs.map((run) => run.sqlMs)), bytes: runs[0].bytes };
}

async function tableCounts(connection) {
  const counts = {};
  for (const table of ['users', 'org_units', 'courses', 'enrolments', 'activity_progress', 'certificates', 'learning_records']) {
    const [[{ n }]] = await connection.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(n);
  }
  return counts;
}

async function load(url, request) {
  let counter = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        setupRequest: (req) => {
          const next = request(counter++);
          const method = next.method ?? 'POST';
          return { ...req, method, path: next.path ?? '/graphql', body: next.body, headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...headersOf(next) } };
        },
      },
    ],
  });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx, timeouts: result.timeouts, total: result.requests.total };
}

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

function normalise(value) {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((key) => [key, normalise(value[key])]));
  if (typeof value === 'number') return Math.round(value * 1e6) / 1e6;
  return value;
}

function freePort() {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function markdown(report) {
  const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : '–');
  const rows = report.results.map((r) =>
    `| ${r.title} | ${r.tunas.requestsPerSecond.toFixed(0)} | ${r.tunas.p50} / ${r.tunas.p99} | ${r.b1.requestsPerSecond.toFixed(0)} | ${r.b1.p50} / ${r.b1.p99} | ${r.b0 ? r.b0.requestsPerSecond.toFixed(0) : '–'} | **${ratio(r.tunas.requestsPerSecond, r.b1.requestsPerSecond)}** | ${ratio(r.tunas.p99, r.b1.p99)} | ${r.sqlQueries ?? '–'} | ${r.sql ? r.sql.medianSqlMs.toFixed(1) : '–'} | ${r.bytes ?? '–'} | ${r.rssMb} | ${r.tunas.errors + r.tunas.timeouts} | ${r.b1SameAnswer === null ? '–' : r.b1SameAnswer ? 'yes' : 'NO'} |`,
  );
  return `# Benchmarks

Generated by \`npm run bench -- --size ${report.options.size}\` on ${report.date.slice(0, 10)}. Do not edit by hand.

Machine: ${report.machine.cpus} CPUs (${report.machine.cpuModel}), ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, MariaDB${report.machine.database ? ` ${report.machine.database.version} (buffer pool ${report.machine.database.bufferPoolMiB} MiB for the run, \`innodb_flush_log_at_trx_commit=${report.machine.database.flushLogAtTrxCommit}\`: every commit on disk)` : ''} on
the same machine; 1-minute load average when the run started: ${report.machine.loadAverageAtStart.toFixed(2)} (anything near the CPU count means
something else was running and the numbers are noisy). The API (and each baseline in turn) runs pinned to CPU 0 with \`taskset -c 0\`; the load generator
(autocannon, ${report.options.connections} connections, ${report.options.duration} s per run) runs on CPU 1; MariaDB is not pinned and
shares both. The API runs in production mode with \`QUERY_COUNT_HEADER=true\` (one counter per request).

Baselines, measured in the same run: **B0** is \`node:http\` replaying the exact bytes Tunas answers (the floor of HTTP
and JSON here); **B1** is \`node:http\` plus a raw \`mysql2\` pool running hand-written SQL for the same answer (checked
equal to Tunas's answer before the load: "same answer" column). Ratios are Tunas / B1: throughput (higher is
better, target ≥ 0.5 for catalogue and dashboard) and p99 latency (lower is better, target ≤ 2).

Data (size ${report.data.size}): ${report.data.users} people, ${report.data.courses} courses of 5 modules and 20 activities,
${report.data.enrolments} enrolments, ${report.data.progressRows} progress rows, ${report.data.certificates} certificates and as many JP learning records
(the completed enrolments), generated in ${report.data.seconds.toFixed(1)} s. The supervisor of the big office oversees
${report.data.bigUnitPeople} people (25 of the 50 units, and their heads).

"SQL ms / request" is the median over 20 requests sent one at a time before the load (the \`x-tunas-sql-ms\` header:
time the request waited for its SQL statements, summed); the same requests' median total time is in
\`dist/bench/results.json\`. Tunas answers \`/verify/<code>\` from many client addresses (\`TRUST_PROXY=true\` and one
\`X-Forwarded-For\` per request), since it allows 60 look-ups a minute per address.

| scenario | Tunas req/s | Tunas p50 / p99 ms | B1 req/s | B1 p50 / p99 ms | B0 req/s | throughput ratio (Tunas/B1) | p99 ratio | SQL queries / request | SQL ms / request | response bytes | API RSS MB | errors | same answer |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
${report.floor ? `| Floor: authenticated \`{ __typename }\` (no resolver, no SQL) | ${report.floor.requestsPerSecond.toFixed(0)} | ${report.floor.p50} / ${report.floor.p99} | – | – | – | – | – | 0 | – | – | – | ${report.floor.errors + report.floor.timeouts} | – |` : ''}

${targetsMarkdown(report)}

${oneShotMarkdown(report.oneShots)}

${quizFlowMarkdown(report.quizFlow)}

${lighthouseMarkdown()}

${otherSizesMarkdown(report)}
`;
}

/** The issue's targets that this run measures, met or missed and by how much. */
function targetsMarkdown(report) {
  const lines = [];
  const result = (name) => report.results.find((r) => r.scenario === name);
  for (const name of ['catalog', 'dashboard']) {
    const r = result(name);
    if (!r) continue;
    const throughput = r.tunas.requestsPerSecond / r.b1.requestsPerSecond;
    const p99 = r.tunas.p99 / r.b1.p99;
    lines.push(`- ${r.title}: throughput ${throughput.toFixed(2)} of B1 (target ≥ 0.5: ${throughput >= 0.5 ? 'met' : `missed by ${(0.5 - throughput).toFixed(2)}`}), p99 ${p99.toFixed(2)}× B1's (target ≤ 2: ${p99 <= 2 ? 'met' : `missed by ${(p99 - 2).toFixed(2)}`}).`);
  }
  const supervisor = result('supervisor');
  if (supervisor) {
    const answered = supervisor.tunas.total > 0 && supervisor.tunas.errors + supervisor.tunas.timeouts === 0;
    lines.push(`- ${supervisor.title}: p99 ${supervisor.tunas.p99} ms under ${report.options.connections} connections, ${supervisor.tunas.total} answered, ${supervisor.tunas.errors + supervisor.tunas.timeouts} errors or time-outs (target for 5,000 people: under 300 ms: ${answered && supervisor.tunas.p99 < 300 ? 'met' : answered ? `missed by ${supervisor.tunas.p99 - 300} ms` : 'missed: requests failed or timed out'}${report.data.bigUnitPeople < 5000 ? `; this size has ${report.data.bigUnitPeople} people in the subtree, size M has 5,025` : ''}); one request alone takes ${supervisor.sql.medianMs.toFixed(0)} ms, ${supervisor.sql.medianSqlMs.toFixed(0)} ms of it in SQL.`);
  }
  const csv = report.oneShots?.find((shot) => shot.name === 'csv-enrol');
  if (csv) {
    lines.push(`- CSV enrolment: ${csv.rows} NIPs in ${(csv.medianMs / 1000).toFixed(1)} s (${(csv.medianMs / csv.rows).toFixed(1)} ms and ${(csv.sqlQueries / csv.rows).toFixed(3)} SQL statements per NIP); the target is 50,000 within 30 s (0.6 ms per NIP): ${csv.rows >= 50_000 ? (csv.medianMs < 30_000 ? 'met' : `missed by ${((csv.medianMs - 30_000) / 1000).toFixed(1)} s`) : `at this rate 50,000 would take ${((csv.medianMs / csv.rows) * 50).toFixed(0)} s, ${((csv.medianMs / csv.rows) * 50 / 30).toFixed(1)}× the target`}.`);
  }
  // The targets name sizes: the supervisor's 5,000 people exist at size M, 50,000 NIPs at size L.
  const latest = (size) => (size !== report.options.size && existsSync(join(root, `dist/bench/results-${size}.json`)) ? JSON.parse(readFileSync(join(root, `dist/bench/results-${size}.json`), 'utf8')) : null);
  const m = latest('M');
  const mSupervisor = m?.results.find((r) => r.scenario === 'supervisor');
  if (mSupervisor) {
    const answered = mSupervisor.tunas.total > 0 && mSupervisor.tunas.errors + mSupervisor.tunas.timeouts === 0;
    lines.push(`- At size M (run of ${m.date.slice(0, 10)}), ${mSupervisor.title}: one request alone takes ${mSupervisor.sql.medianMs.toFixed(0)} ms (target under 300 ms: ${mSupervisor.sql.medianMs < 300 ? 'met for a supervisor alone' : 'missed'}); under ${m.options.connections} concurrent requests p99 ${mSupervisor.tunas.p99} ms (${answered && mSupervisor.tunas.p99 < 300 ? 'met' : `missed by ${mSupervisor.tunas.p99 - 300} ms`}), with B1 at ${mSupervisor.b1.p99} ms: throughput ${(mSupervisor.tunas.requestsPerSecond / mSupervisor.b1.requestsPerSecond).toFixed(2)} of B1.`);
  }
  const l = latest('L');
  const lCsv = l?.oneShots?.find((shot) => shot.name === 'csv-enrol');
  if (lCsv && !csv?.rows?.toString().startsWith('50000')) {
    lines.push(`- At size L (run of ${l.date.slice(0, 10)}): CSV enrolment of ${lCsv.rows} NIPs in ${(lCsv.medianMs / 1000).toFixed(1)} s, ${lCsv.sqlQueries} SQL statements (target 50,000 within 30 s: ${lCsv.rows >= 50_000 && lCsv.medianMs < 30_000 ? 'met' : 'missed'}; ${lCsv.stored} enrolments stored).`);
  }
  if (report.quizFlow) {
    const q = report.quizFlow;
    const errors = q.start.errors + q.save.errors + q.submit.errors;
    lines.push(`- Exam day: ${q.start.count} learners started within ${q.startsDoneAfterSeconds.toFixed(1)} s, start p99 ${q.start.p99} ms, ${errors} errors in the whole flow (target: all within 60 s, p99 under 500 ms, zero errors, no answer lost or duplicated: ${q.startsDoneAfterSeconds <= 60 && q.start.p99 < 500 && errors === 0 && q.check.ok ? 'met' : 'missed'}).`);
  }
  if (!lines.length) return '';
  return `## Targets

${lines.join('\n')}

${findings(report)}`;
}

/** What the profile and the SQL counters show where a target is missed (kept by hand; update with the code). */
function findings(report) {
  const parts = [];
  const floor = report.floor;
  if (floor) {
    const shares = report.results
      .filter((r) => r.scenario !== 'verify')
      .map((r) => `${r.scenario} ${(r.tunas.requestsPerSecond / floor.requestsPerSecond).toFixed(2)}`)
      .join(', ');
    parts.push(`What bounds the GraphQL scenarios: an authenticated GraphQL request that runs no resolver and no SQL (\`{ __typename }\`)
answers at ${floor.requestsPerSecond.toFixed(0)} req/s (p50 ${floor.p50} ms, p99 ${floor.p99} ms) on CPU 0. That is the cost of this stack before any of
our code runs: HTTP, helmet, compression, cookie and JSON body parsing, the request logger, Apollo's pipeline (the parsed and validated
document is cached) and the JSON answer. Where B1 answers faster than half that floor, a throughput of 0.5 of B1 is out of reach through
NestJS and Apollo whatever the resolvers do. The share of the floor each scenario keeps measures our own code: ${shares}.
A CPU profile of the API under the floor's load (\`node --cpu-prof\`, 2026-11-28) spread its busy time over the garbage collector
(9%), Apollo Server (7%), graphql-js (6%), Express's router (5%), pino and pino-http (8%, although at \`LOG_LEVEL=warn\` nothing is
written), Node's HTTP writer (4%) and compression (2%): no single hot spot. In the scenarios themselves TypeORM's query
building and entity mapping is the largest share of our own code; the read paths that matter most already avoid it where it
counted (published structures in memory, bulk enrolment in raw multi-row INSERTs).`);
  }
  parts.push(`How the costs are kept down: published course versions never change, so the API keeps them in memory (\`PublishedVersions\`,
frozen, least recently used out after 500): the catalogue, the dashboard and the course player read no structure JSON per request once a
version has been read. The catalogue pages with \`LIMIT\` (its topic join is many-to-one) and counts in one more query. The CSV enrolment is
set-based (\`LearningService.enrolMany\`): NIPs are resolved 1,000 per query, and each chunk of 500 people is one transaction with one read
of who is enrolled already and one multi-row INSERT each for the enrolments and their learning events, plus one audit row for the import.
The supervisor dashboard sends its aggregates and one page of people (the portal's first screen: 25, most behind first); the JP of each
person against their target is one GROUP BY in SQL and the paging happens in SQL, so the answer stays near 11 kB whatever the size of the
unit.`);
  const mFile = join(root, 'dist/bench/results-M.json');
  const mSupervisor = existsSync(mFile) ? JSON.parse(readFileSync(mFile, 'utf8')).results.find((r) => r.scenario === 'supervisor') : null;
  if (mSupervisor) {
    parts.push(`The supervisor dashboard over ${mSupervisor.title.match(/\((\d+) people\)/)?.[1] ?? '5,025'} people (size M) is bound by the database, not by Tunas: one request alone takes
${mSupervisor.sql.medianMs.toFixed(0)} ms, and its ${mSupervisor.sqlQueries} statements wait ${mSupervisor.sql.medianSqlMs.toFixed(0)} ms in MariaDB in all (some run in parallel). By their shape the
heavy ones group the standings of 5,000 people (for the page and for the per-unit aggregate; per-statement times were not
measured), and B1, running the same grouped SQL by hand, is no faster
(throughput ratio ${(mSupervisor.tunas.requestsPerSecond / mSupervisor.b1.requestsPerSecond).toFixed(2)}). Sixteen such requests at once queue in MariaDB on two cores, hence the p99 of seconds for both.
Untried ways under the target at that load: build the per-person standings once per request (today the page and the per-unit
aggregate each group them), keep a yearly JP summary per person up to date when a learning record is written, or cache a
unit's standings for a short time between requests.`);
  }
  return parts.join('\n\n');
}

/** What the latest runs at the other sizes found (dist/bench/results-<size>.json, generate-<size>.json). */
/** The portal on a phone: the last \`npm run bench:lighthouse\` (tools/bench/lighthouse.mjs), when there is one. */
function lighthouseMarkdown() {
  const file = join(root, 'dist/bench/lighthouse.md');
  if (!existsSync(file)) return '';
  return `## The portal on a phone (Lighthouse)

${readFileSync(file, 'utf8').trim()}

The production build has budgets in \`apps/portal/project.json\`; the build prints the initial bundle (the goal is at most 150 kB of
JavaScript compressed). Reports and final screenshots of the median runs are in \`dist/bench/lighthouse/\`.`;
}

function otherSizesMarkdown(report) {
  const parts = [];
  for (const size of ['S', 'M', 'L'].filter((name) => name !== report.options.size)) {
    const file = join(root, `dist/bench/results-${size}.json`);
    const generated = join(root, `dist/bench/generate-${size}.json`);
    if (existsSync(file)) {
      const other = JSON.parse(readFileSync(file, 'utf8'));
      const rows = other.results.map((r) => `| ${r.title} | ${r.tunas.requestsPerSecond.toFixed(0)} | ${r.tunas.p50} / ${r.tunas.p99} | ${r.b1.requestsPerSecond.toFixed(0)} | ${r.b1.p50} / ${r.b1.p99} | ${r.b0 ? r.b0.requestsPerSecond.toFixed(0) : '–'} | **${r.b1.requestsPerSecond ? (r.tunas.requestsPerSecond / r.b1.requestsPerSecond).toFixed(2) : '–'}** | ${r.sqlQueries ?? '–'} | ${r.sql ? r.sql.medianSqlMs.toFixed(1) : '–'} | ${r.bytes ?? '–'} | ${r.tunas.errors + r.tunas.timeouts} | ${r.b1SameAnswer === null ? '–' : r.b1SameAnswer ? 'yes' : 'NO'} |`);
      parts.push(`### Size ${size}

\`node tools/bench/run.mjs --size ${size} --duration ${other.options.duration}${other.options.only ? ` --only ${other.options.only}` : ''}\` on ${other.date.slice(0, 16).replace('T', ' ')} UTC, load average at the start
${other.machine.loadAverageAtStart.toFixed(2)}. Data: ${other.data.users} people, ${other.data.enrolments} enrolments, ${other.data.progressRows} progress rows, ${other.data.certificates}
certificates, generated in ${other.data.seconds.toFixed(1)} s; the supervisor oversees ${other.data.bigUnitPeople} people.

${rows.length ? `| scenario | Tunas req/s | Tunas p50 / p99 ms | B1 req/s | B1 p50 / p99 ms | B0 req/s | throughput ratio | SQL queries | SQL ms | response bytes | errors | same answer |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}` : ''}

${oneShotMarkdown(other.oneShots).replace('## Reports', '#### Reports')}`);
    } else if (existsSync(generated)) {
      const other = JSON.parse(readFileSync(generated, 'utf8'));
      parts.push(`### Size ${size}

Generation only (\`node tools/bench/run.mjs --size ${size} --generate-only\`, ${other.date.slice(0, 16).replace('T', ' ')} UTC, load average at the start
${other.loadAverageAtStart.toFixed(2)}): ${Object.entries(other.counts).map(([table, n]) => `${n} ${table}`).join(', ')}; generated in ${other.data.seconds.toFixed(1)} s.`);
    }
  }
  return parts.length ? `## Other sizes (latest runs on this machine)\n\n${parts.join('\n\n')}` : '';
}

function oneShotMarkdown(oneShots) {
  if (!oneShots?.length) return '';
  const rows = oneShots.map((shot) => `| ${shot.title} | ${shot.runs.length} | ${(shot.minMs / 1000).toFixed(2)} | ${(shot.medianMs / 1000).toFixed(2)} | ${shot.sqlQueries} | ${shot.sqlMs.toFixed(0)} | ${shot.bytes} |${shot.name === 'csv-enrol' ? ` ${shot.enrolled} enrolled, ${shot.stored} stored, ${shot.errors} refused; ${shot.rows >= 50_000 ? `target under 30 s: **${shot.medianMs < 30_000 ? 'met' : `missed by ${((shot.medianMs - 30_000) / 1000).toFixed(1)} s`}**` : `the target is 50,000 NIPs in 30 s: this size has ${shot.rows} learners (see Targets for the projection)`}` : ''} |`);
  return `## Reports and bulk jobs (one request each, timed end to end)

| job | runs | min s | median s | SQL queries | SQL ms | response bytes | result |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}`;
}

function quizFlowMarkdown(flow) {
  if (!flow) return '';
  const row = (name, phase) => `| ${name} | ${phase.count} | ${phase.p50} | ${phase.p99} | ${phase.max} | ${phase.errors} |`;
  return `## Exam day: the quiz flow

${flow.learners} distinct learners start the same ${flow.questions}-question quiz, arriving evenly over ${flow.startWindowSeconds} s (at most
${flow.concurrency} requests in flight); then each saves its ${flow.questions} answers one request at a time (as the portal does,
one per question); then everyone submits. Target: every start within 60 s, start p99 under 500 ms, zero errors, and no
lost or duplicated answer.

| phase | requests | p50 ms | p99 ms | max ms | errors |
| --- | --- | --- | --- | --- | --- |
${row('start', flow.start)}
${row('save one answer', flow.save)}
${row('submit', flow.submit)}

All ${flow.learners} starts finished ${flow.startsDoneAfterSeconds.toFixed(1)} s after the first one; the whole flow took ${flow.totalSeconds.toFixed(1)} s
(${flow.requestsPerSecond.toFixed(0)} requests/s overall). Checked in SQL afterwards: ${flow.check.attempts} attempts (expected ${flow.learners}),
${flow.check.openAttempts} still open, ${flow.check.answeredSlots} stored answers (expected ${flow.learners * flow.questions}), ${flow.check.duplicateAttempts}
learners with more than one attempt, ${flow.check.wrongGrades} attempts whose grade differs from the answers sent: **${flow.check.ok ? 'no answer lost or duplicated' : 'MISMATCH'}**.`;
}
