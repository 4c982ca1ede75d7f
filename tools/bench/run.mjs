// npm run bench [-- --size S|M|L --duration 10 --connections 16]
// Generates deterministic data in a fresh MariaDB database, starts the built API pinned to CPU 0 (the load
// generator runs on CPU 1), and measures each read scenario against two baselines in the same run:
// B0 (node:http replaying the same bytes) and B1 (node:http + raw mysql2 with hand-written SQL).
// Writes dist/bench/results.json and regenerates docs/benchmarks.md.
import autocannon from 'autocannon';
import { fork, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { BENCH_PASSWORD, EXAM_QUESTIONS, generate, uuid } from './generate.mjs';
import { runQuizFlow } from './quiz-flow.mjs';

const root = resolve(import.meta.dirname, '../..');
const { values: options } = parseArgs({ options: { size: { type: 'string', default: 'S' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '16' } } });
const loadAtStart = loadavg()[0];
const duration = Number(options.duration);
const connections = Number(options.connections);
const adminUrl = process.env.TUNAS_TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306';
const database = `tunas_bench_${Date.now().toString(36)}`;
const databaseUrl = `${adminUrl.replace(/\/$/, '')}/${database}`;
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const pinned = (cpu, args) => (process.platform === 'linux' ? ['taskset', ['-c', String(cpu), ...args]] : [args[0], args.slice(1)]);

const admin = await mysql.createConnection({ uri: adminUrl });
await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
const children = [];
try {
  const api = await startApi();
  const connection = await mysql.createConnection({ uri: databaseUrl });
  console.log(`generating size ${options.size} ...`);
  const data = await generate(connection, options.size);
  console.log(data);

  const learners = Math.min(200, data.learners);
  console.log(`signing in ${learners} learners ...`);
  const tokens = [];
  for (let i = 0; i < learners; i++) tokens.push(await login(api.url, `pegawai${i + 1}@bench.tunas.test`));
  const learnerId = (i) => uuid(`learner:${i}`);
  const courseOf = (i) => uuid(`course:${(i * 7) % data.courses}`);

  const scenarios = [
    {
      name: 'catalog',
      title: 'Catalogue search page (12 results)',
      query: 'query($search: String) { courses(filter: { search: $search }, page: { limit: 12 }) { total items { id title jpHours level topic { name } moduleCount activityCount } } }',
      variables: () => ({ search: 'proyek' }),
      params: () => ({ search: 'proyek' }),
    },
    {
      name: 'dashboard',
      title: 'Learner dashboard (my courses)',
      query: '{ myEnrolments { courseId status progress versionNumber } }',
      variables: () => ({}),
      params: (i) => ({ userId: learnerId(i) }),
    },
    {
      name: 'outline',
      title: 'Course outline with my progress',
      query: 'query($courseId: ID!) { courseOutline(courseId: $courseId) { completion resumeActivityId modules { id completion activities { id completion } } } }',
      variables: (i) => ({ courseId: courseOf(i) }),
      params: (i) => ({ userId: learnerId(i), courseId: courseOf(i) }),
    },
  ];

  // The bytes B0 replays, and a check that B1 answers the same thing Tunas does.
  const canned = {};
  for (const scenario of scenarios) {
    const response = await graphql(api.url, scenario.query, scenario.variables(0), tokens[0]);
    canned[scenario.name] = response.body;
    scenario.sqlQueries = Number(response.headers.get('x-tunas-sql-queries'));
    scenario.bytes = Buffer.byteLength(response.body);
  }
  const cannedFile = join(mkdtempSync(join(tmpdir(), 'tunas-bench-')), 'canned.json');
  writeFileSync(cannedFile, JSON.stringify(canned));
  const b0 = await startBaseline('b0', cannedFile);
  const b1 = await startBaseline('b1', cannedFile);
  for (const scenario of scenarios) {
    const tunas = JSON.parse(canned[scenario.name]);
    const baseline = await (await fetch(`${b1.url}/graphql`, { method: 'POST', body: JSON.stringify({ variables: { bench: { scenario: scenario.name, params: scenario.params(0) } } }) })).json();
    scenario.b1SameAnswer = JSON.stringify(normalise(tunas)) === JSON.stringify(normalise(baseline));
  }

  const results = [];
  for (const scenario of scenarios) {
    console.log(`scenario ${scenario.name} ...`);
    const tunas = await load(api.url, (i) => ({ body: JSON.stringify({ query: scenario.query, variables: scenario.variables(i) }), token: tokens[i % tokens.length] }));
    const rssTunas = rssOf(api.pid);
    const base1 = await load(b1.url, (i) => ({ body: JSON.stringify({ variables: { bench: { scenario: scenario.name, params: scenario.params(i % tokens.length) } } }) }));
    const base0 = await load(b0.url, (i) => ({ body: JSON.stringify({ variables: { bench: { scenario: scenario.name, params: scenario.params(i % tokens.length) } } }) }));
    results.push({ scenario: scenario.name, title: scenario.title, sqlQueries: scenario.sqlQueries, bytes: scenario.bytes, b1SameAnswer: scenario.b1SameAnswer, rssMb: rssTunas, tunas, b1: base1, b0: base0 });
  }

  console.log('scenario login storm ...');
  const loginQuery = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
  const loginBody = (i) => JSON.stringify({ query: loginQuery, variables: { input: { identifier: `pegawai${(i % data.learners) + 1}@bench.tunas.test`, password: BENCH_PASSWORD, returnRefreshToken: true } } });
  const tunasLogin = await load(api.url, (i) => ({ body: loginBody(i + 500) }));
  const b1Login = await load(b1.url, (i) => ({ body: JSON.stringify({ variables: { bench: { scenario: 'login', params: { identifier: `pegawai${(i % data.learners) + 1}@bench.tunas.test`, password: BENCH_PASSWORD } } } }) }));
  results.push({ scenario: 'login', title: 'Login storm (argon2id, distinct users)', sqlQueries: null, bytes: null, b1SameAnswer: null, rssMb: rssOf(api.pid), tunas: tunasLogin, b1: b1Login, b0: null });

  console.log('scenario quiz flow ...');
  const quizFlow = await runQuizFlow({ url: api.url, connection, exam: data.exam, jwtSecret: JWT_SECRET, questions: EXAM_QUESTIONS });
  console.log(quizFlow);

  const report = { quizFlow, date: new Date().toISOString(), machine: { loadAverageAtStart: loadAtStart, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, options: { size: options.size, duration, connections }, data, results };
  mkdirSync(join(root, 'dist/bench'), { recursive: true });
  writeFileSync(join(root, 'dist/bench/results.json'), JSON.stringify(report, null, 2));
  writeFileSync(join(root, 'docs/benchmarks.md'), markdown(report));
  console.log('wrote dist/bench/results.json and docs/benchmarks.md');
  await connection.end();
} finally {
  for (const child of children) child.kill('SIGTERM');
  await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await admin.end();
}

async function startApi() {
  const port = await freePort();
  const [command, args] = pinned(0, [process.execPath, join(root, 'dist/apps/api/main.js')]);
  const child = spawn(command, args, {
    env: { ...process.env, TUNAS_MODE: 'production', JWT_SECRET, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', QUERY_COUNT_HEADER: 'true', ACCESS_TOKEN_TTL_SECONDS: '3600' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
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
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return { body: await response.text(), headers: response.headers };
}

async function load(url, request) {
  let counter = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const { body, token } = request(counter++);
          return { ...req, body, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } };
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
    `| ${r.title} | ${r.tunas.requestsPerSecond.toFixed(0)} | ${r.tunas.p50} / ${r.tunas.p99} | ${r.b1.requestsPerSecond.toFixed(0)} | ${r.b1.p50} / ${r.b1.p99} | ${r.b0 ? r.b0.requestsPerSecond.toFixed(0) : '–'} | **${ratio(r.tunas.requestsPerSecond, r.b1.requestsPerSecond)}** | ${ratio(r.tunas.p99, r.b1.p99)} | ${r.sqlQueries ?? '–'} | ${r.bytes ?? '–'} | ${r.rssMb} | ${r.tunas.errors + r.tunas.timeouts} | ${r.b1SameAnswer === null ? '–' : r.b1SameAnswer ? 'yes' : 'NO'} |`,
  );
  return `# Benchmarks

Generated by \`npm run bench -- --size ${report.options.size}\` on ${report.date.slice(0, 10)}. Do not edit by hand.

Machine: ${report.machine.cpus} CPUs (${report.machine.cpuModel}), ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, MariaDB on
the same machine; 1-minute load average when the run started: ${report.machine.loadAverageAtStart.toFixed(2)} (anything near the CPU count means
something else was running and the numbers are noisy). The API (and each baseline in turn) runs pinned to CPU 0 with \`taskset -c 0\`; the load generator
(autocannon, ${report.options.connections} connections, ${report.options.duration} s per run) runs on CPU 1; MariaDB is not pinned and
shares both. The API runs in production mode with \`QUERY_COUNT_HEADER=true\` (one counter per request).

Baselines, measured in the same run: **B0** is \`node:http\` replaying the exact bytes Tunas answers (the floor of HTTP
and JSON here); **B1** is \`node:http\` plus a raw \`mysql2\` pool running hand-written SQL for the same answer (checked
equal to Tunas's answer before the load: "same answer" column). Ratios are Tunas / B1: throughput (higher is
better, target ≥ 0.5 for catalogue and dashboard) and p99 latency (lower is better, target ≤ 2).

Data (size ${report.data.size}): ${report.data.users} people, ${report.data.courses} courses of 5 modules and 20 activities,
${report.data.enrolments} enrolments, ${report.data.progressRows} progress rows, generated in ${report.data.seconds.toFixed(1)} s.

| scenario | Tunas req/s | Tunas p50 / p99 ms | B1 req/s | B1 p50 / p99 ms | B0 req/s | throughput ratio (Tunas/B1) | p99 ratio | SQL queries / request | response bytes | API RSS MB | errors | same answer |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

${quizFlowMarkdown(report.quizFlow)}

Not yet measured (they come with their slices): lesson view, certificate verification,
supervisor dashboard, JP report, 50k-row CSV enrolment; sizes M and L; SQL time per request; Lighthouse.
`;
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
