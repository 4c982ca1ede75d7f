// npm run faults [-- --learners 120 --only database-restart,database-crash,api-crash,two-replicas,duplicate-submission]
// Fault runs on this machine, over loopback: a MariaDB server of its own (started, stopped and removed here;
// the machine's shared server is never touched), the built API as child processes, the bench's exam data.
// Writes dist/faults/results.json and regenerates docs/reliability.md.
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Redis from 'ioredis';
import mysql from 'mysql2/promise';
import { generate, SIZES } from '../bench/generate.mjs';
import { checkAcknowledgedWrites } from './acknowledged-writes.mjs';
import { ApiReplica, freePort, removeSnapshot, snapshotBuiltApi } from './api-replica.mjs';
import { MariaDbInstance } from './mariadb-instance.mjs';
import { reliabilityMarkdown } from './reliability-report.mjs';
import { RoundRobinProxy } from './round-robin-proxy.mjs';
import { apiCrash } from './scenarios/api-crash.mjs';
import { databaseRestart } from './scenarios/database-restart.mjs';
import { duplicateSubmission } from './scenarios/duplicate-submission.mjs';
import { twoReplicas } from './scenarios/two-replicas.mjs';

const root = resolve(import.meta.dirname, '../..');
const SCENARIOS = ['database-restart', 'database-crash', 'api-crash', 'two-replicas', 'duplicate-submission'];
const { values: options } = parseArgs({ options: { learners: { type: 'string', default: '120' }, only: { type: 'string', default: SCENARIOS.join(',') } } });
const perLoadScenario = Number(options.learners);
const selected = new Set(options.only.split(','));
const redisUrl = process.env.FAULTS_REDIS_URL ?? 'redis://127.0.0.1:6379/11';

// The bench generator, at a size that keeps this busy two-core machine usable: the exam course with every
// learner enrolled, and a few other courses so enrolments and progress are not empty.
// Each scenario has learners of its own (the quiz allows one attempt each).
const loadCohorts = 3 * perLoadScenario;
SIZES.FAULTS = { learners: loadCohorts + 80, courses: 10, enrolmentsPerLearner: 1 };
const range = (from, count) => Array.from({ length: count }, (_, i) => from + i);
const cohorts = {
  'database-restart': range(0, perLoadScenario),
  'database-crash': range(perLoadScenario, perLoadScenario),
  'api-crash': range(2 * perLoadScenario, perLoadScenario),
  'two-replicas': range(loadCohorts, 12),
  'duplicate-submission': range(loadCohorts + 20, 12),
};
// The bench numbers its people from 1 (learner i is pegawai{i+1}); these two take no exam.
const lockedEmail = `pegawai${loadCohorts + 71}@bench.tunas.test`;
const refreshEmail = `pegawai${loadCohorts + 72}@bench.tunas.test`;

const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: loadavg() };
const started = new Date();
snapshotBuiltApi();
const mariadb = new MariaDbInstance(await freePort());
const replicas = [];
let proxy = null;
const results = {};
let redis = null;
try {
  console.log(`MariaDB of our own on port ${mariadb.port} in ${mariadb.directory}`);
  await mariadb.initialise();
  await mariadb.start();
  const admin = await mysql.createConnection({ uri: mariadb.adminUrl });
  await admin.query('CREATE DATABASE tunas_faults CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
  await admin.end();
  const databaseUrl = `${mariadb.adminUrl}/tunas_faults`;

  redis = await connectRedis(redisUrl);
  if (redis) await forgetLoginCounters(redis);
  const sharedRedis = redis ? redisUrl : undefined;
  const apiA = new ApiReplica('A', { port: await freePort(), databaseUrl, redisUrl: sharedRedis });
  replicas.push(apiA);
  await apiA.start();
  const connection = await mysql.createConnection({ uri: databaseUrl });
  const data = await generate(connection, 'FAULTS');
  await connection.end();
  console.log(`generated ${data.users} people, exam for ${data.exam.learners} learners in ${data.seconds.toFixed(1)} s`);
  const exam = data.exam;
  const verify = async (ledger, learners) => {
    const checking = await mysql.createConnection({ uri: databaseUrl });
    try {
      return await checkAcknowledgedWrites(checking, exam, ledger, learners);
    } finally {
      await checking.end();
    }
  };

  const run = async (name, scenario) => {
    if (!selected.has(name)) return;
    console.log(`scenario ${name} ...`);
    const loadBefore = loadavg()[0];
    try {
      results[name] = { ...(await scenario()), loadAverage: loadBefore };
    } catch (error) {
      results[name] = { ok: false, failed: String(error?.stack ?? error), loadAverage: loadBefore };
    }
    console.log(JSON.stringify(results[name], null, 2));
  };

  await run('database-restart', () => databaseRestart({ mariadb, api: apiA, exam, learners: cohorts['database-restart'], verify, signal: 'SIGTERM' }));
  await run('database-crash', () => databaseRestart({ mariadb, api: apiA, exam, learners: cohorts['database-crash'], verify, signal: 'SIGKILL' }));
  await run('api-crash', () => apiCrash({ api: apiA, exam, learners: cohorts['api-crash'], verify }));

  const needsReplicas = selected.has('two-replicas') || selected.has('duplicate-submission');
  if (needsReplicas) {
    const apiB = new ApiReplica('B', { port: await freePort(), databaseUrl, redisUrl: sharedRedis });
    replicas.push(apiB);
    await apiB.start();
    proxy = new RoundRobinProxy([apiA, apiB]);
    const proxyUrl = await proxy.listen(await freePort());
    if (redis) await run('two-replicas', () => twoReplicas({ proxy, proxyUrl, exam, learners: cohorts['two-replicas'], lockedEmail, refreshEmail, verify }));
    else results['two-replicas'] = { ok: false, failed: `Redis at ${redisUrl} is not reachable; replicas cannot share login counters without it` };
    await run('duplicate-submission', () =>
      duplicateSubmission({ targets: [{ name: 'A', url: apiA.url }, { name: 'proxy', url: proxyUrl }], exam, learners: cohorts['duplicate-submission'], verify }),
    );
  }
} finally {
  await proxy?.close();
  for (const replica of replicas) await replica.stop();
  removeSnapshot();
  await mariadb.remove();
  if (redis) {
    await forgetLoginCounters(redis);
    redis.disconnect();
  }
}

const report = {
  date: started.toISOString(),
  machine: { ...machine, loadAverageAtEnd: loadavg() },
  options: { learnersPerLoadScenario: perLoadScenario, redisUrl },
  cohorts: Object.fromEntries(Object.entries(cohorts).map(([name, learners]) => [name, learners.length])),
  results,
};
mkdirSync(join(root, 'dist/faults'), { recursive: true });
writeFileSync(join(root, 'dist/faults/results.json'), JSON.stringify(report, null, 2));
writeFileSync(join(root, 'docs/reliability.md'), reliabilityMarkdown(report));
console.log('wrote dist/faults/results.json and docs/reliability.md');
const failed = Object.entries(results).filter(([, result]) => !result.ok).map(([name]) => name);
if (failed.length) {
  console.error(`not as expected: ${failed.join(', ')}`);
  process.exitCode = 1;
}

async function connectRedis(url) {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => null });
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch {
    client.disconnect();
    return null;
  }
}

/** The login counters this run creates (the API prefixes its keys with tunas:rl:), so a rerun starts clean. */
async function forgetLoginCounters(client) {
  await client.del(`tunas:rl:login:account:${lockedEmail}`, 'tunas:rl:login:address:127.0.0.1');
}
