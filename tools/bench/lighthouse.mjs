// npm run bench:lighthouse [-- --runs 3 --only catalog,lesson,quiz,quiz-attempt]
// (or, with api and portal already built: node tools/bench/lighthouse.mjs [--runs N] [--only ...])
// Lighthouse on mobile emulation (Lighthouse's default: Moto G Power screen, simulated slow 4G, 4x CPU slowdown)
// for the learner's pages: the catalogue, the course player on a lesson page, the quiz overview and a quiz attempt.
// Starts the built API in demo mode on a throwaway SQLite DATA_DIR (it serves the built portal and seeds the demo
// courses and accounts), signs the demo learner in through the login form of Debian's Chromium, and lets
// Lighthouse drive that same browser through its remote-debugging port. Lighthouse clears service workers and
// caches before each page but keeps cookies, so every page loads cold while the httpOnly refresh cookie keeps the
// learner signed in. Each page runs --runs times; the median run (Lighthouse's own computeMedianRun) is reported.
// Writes dist/bench/lighthouse.json (scores and key metrics per page), dist/bench/lighthouse.md (a markdown
// fragment: machine, command and a table; renderMarkdown(report) rebuilds it) and, per page, the median run's
// HTML report and final screenshot under dist/bench/lighthouse/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'dist/bench');
const LEARNER = 'pelajar@tunas.test';
const DEMO_PASSWORD = 'Tunas#2026';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
  transferBytes: 'total-byte-weight',
};
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Renders the markdown fragment for docs/benchmarks.md from a report as written to dist/bench/lighthouse.json. */
export function renderMarkdown(report) {
  const { machine } = report;
  const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
  const score = (value) => (value === null ? 'n/a' : String(Math.round(value * 100)));
  const rows = report.pages.map(
    (page) =>
      `| ${page.title} | ${score(page.scores.performance)} | ${score(page.scores.accessibility)} | ${score(page.scores['best-practices'])} | ${score(page.scores.seo)} | ${ms(page.metrics.fcpMs)} | ${ms(page.metrics.lcpMs)} | ${ms(page.metrics.tbtMs)} | ${page.metrics.cls.toFixed(3)} | ${Math.round(page.metrics.transferBytes / 1024).toLocaleString('en-US')} |`,
  );
  return `Lighthouse ${report.lighthouseVersion} on ${machine.chromium}, mobile emulation with simulated slow 4G and 4x CPU slowdown,
signed in as the demo learner; median of ${report.options.runs} run(s) per page, measured on ${report.date.slice(0, 10)} by \`${report.command}\`.
Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}; 1-minute load average ${machine.loadAverageAtStart.toFixed(2)}
at the start and ${machine.loadAverageAtEnd.toFixed(2)} at the end (the API and Chromium share the machine; Lighthouse's benchmark index ${machine.benchmarkIndex}).

| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | transferred kB |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  await main();
}

async function main() {
  const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } } });
  const runs = Number(options.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${options.runs}`);
  /** Page names: catalog, lesson, quiz, quiz-attempt. */
  const wanted = (name) => !options.only || options.only.split(',').includes(name);
  for (const file of ['dist/apps/api/main.js', 'dist/apps/portal/browser/index.html']) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: build first (npx nx run-many -t build -p api portal)`);
  }
  const loadAverageAtStart = loadavg()[0];
  const dataDir = mkdtempSync(join(tmpdir(), 'tunas-lighthouse-data-'));
  const profile = mkdtempSync(join(tmpdir(), 'tunas-lighthouse-chromium-'));
  const api = await startApi(dataDir);
  let context;
  try {
    const { courseId, lessonId, quizId } = await learnerPages(api.url);
    const debuggingPort = await freePort();
    // No viewport: Playwright must not emulate a screen over Lighthouse's own mobile emulation in the tabs it opens.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: null,
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debuggingPort}`],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const chromiumVersion = `Chromium ${context.browser()?.version() ?? (await chromiumVersionOf(debuggingPort))}`;
    await signIn(page, api.url);
    const attemptPath = wanted('quiz-attempt') ? await startAttempt(page, api.url, courseId, quizId) : null;
    await page.goto('about:blank');

    const targets = [
      { name: 'catalog', title: 'Catalogue (/kursus)', path: '/kursus' },
      { name: 'lesson', title: 'Course player, lesson page', path: `/belajar/${courseId}/${lessonId}` },
      { name: 'quiz', title: 'Quiz overview', path: `/kuis/${courseId}/${quizId}` },
      { name: 'quiz-attempt', title: 'Quiz attempt (question 1)', path: attemptPath },
    ].filter((target) => wanted(target.name));
    mkdirSync(join(outDir, 'lighthouse'), { recursive: true });
    const pages = [];
    let lighthouseVersion = '';
    let benchmarkIndex = 0;
    for (const target of targets) {
      const url = `${api.url}${target.path}`;
      const results = [];
      for (let run = 1; run <= runs; run++) {
        console.log(`lighthouse ${target.name} (${run}/${runs}) ${url}`);
        const result = await lighthouse(url, { port: debuggingPort, output: 'html', logLevel: 'error', onlyCategories: CATEGORIES }, undefined);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${target.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        // The guards send a signed-out visitor to /masuk: a page measured there would measure the wrong page.
        if (new URL(lhr.finalDisplayedUrl).pathname !== target.path) throw new Error(`${target.name}: ended on ${lhr.finalDisplayedUrl}, not ${target.path}`);
        results.push(result);
      }
      const median = computeMedianRun(results.map((result) => result.lhr));
      const { report } = results.find((result) => result.lhr === median);
      lighthouseVersion = median.lighthouseVersion;
      benchmarkIndex = median.environment.benchmarkIndex;
      writeFileSync(join(outDir, 'lighthouse', `${target.name}.html`), report);
      const screenshot = median.audits['final-screenshot']?.details?.data;
      if (screenshot) writeFileSync(join(outDir, 'lighthouse', `${target.name}.jpg`), Buffer.from(screenshot.split(',')[1], 'base64'));
      pages.push(summarise(target, median, results));
    }

    const report = {
      date: new Date().toISOString(),
      command: `npm run bench:lighthouse${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      lighthouseVersion,
      settings: { formFactor: 'mobile', throttlingMethod: 'simulate', throttling: 'slow 4G (150 ms RTT, 1.6 Mbit/s down), 4x CPU slowdown', categories: CATEGORIES },
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: chromiumVersion,
        benchmarkIndex,
        loadAverageAtStart,
        loadAverageAtEnd: loadavg()[0],
      },
      options: { runs, only: options.only ?? null },
      pages,
    };
    writeFileSync(join(outDir, 'lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(outDir, 'lighthouse.md'), renderMarkdown(report));
    console.log(renderMarkdown(report));
    console.log('wrote dist/bench/lighthouse.json, dist/bench/lighthouse.md and dist/bench/lighthouse/');
  } finally {
    await context?.close();
    api.child.kill('SIGTERM');
    await new Promise((done) => (api.child.exitCode === null ? api.child.once('exit', done) : done()));
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Scores (0..1) and the key metrics of the median run, with what Lighthouse flags outside performance. */
function summarise(target, lhr, results) {
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id].numericValue]));
  const flagged = {};
  for (const category of CATEGORIES.filter((id) => id !== 'performance')) {
    flagged[category] = lhr.categories[category].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score }));
  }
  return {
    name: target.name,
    title: target.title,
    path: target.path,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id].score])),
    metrics,
    performanceScoresOfAllRuns: results.map((result) => result.lhr.categories.performance.score),
    flagged,
    warnings: lhr.runWarnings,
  };
}

/** The demo learner's first enrolled course holding a quiz: its first page activity (a lesson) and the quiz. */
async function learnerPages(url) {
  const { login } = await graphql(url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { identifier: LEARNER, password: DEMO_PASSWORD } });
  const { myEnrolments } = await graphql(url, '{ myEnrolments { course { id } } }', {}, login.accessToken);
  for (const { course } of myEnrolments) {
    const { courseOutline } = await graphql(url, 'query($courseId: ID!) { courseOutline(courseId: $courseId) { modules { activities { id type } } } }', { courseId: course.id }, login.accessToken);
    const activities = courseOutline.modules.flatMap((module) => module.activities);
    const lesson = activities.find((activity) => activity.type === 'page');
    const quiz = activities.find((activity) => activity.type === 'quiz');
    if (lesson && quiz) return { courseId: course.id, lessonId: lesson.id, quizId: quiz.id };
  }
  throw new Error(`${LEARNER} has no enrolled course with a page activity and a quiz`);
}

async function graphql(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? response.status)}`);
  return body.data;
}

/** Through the login form, so the browser holds the httpOnly refresh cookie the portal restores its session from. */
async function signIn(page, url) {
  await page.goto(`${url}/masuk`);
  await page.getByTestId('login-identifier').fill(LEARNER);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${url}/`, { timeout: 60_000 });
}

/** Starts (or continues) an attempt of the quiz from its overview page and returns the attempt page's path. */
async function startAttempt(page, url, courseId, quizId) {
  await page.goto(`${url}/kuis/${courseId}/${quizId}`);
  await page.getByTestId('quiz-start').or(page.getByTestId('quiz-continue')).click({ timeout: 30_000 });
  await page.waitForURL(/\/kuis\/percobaan\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  return new URL(page.url()).pathname;
}

async function chromiumVersionOf(port) {
  const response = await fetch(`http://127.0.0.1:${port}/json/version`);
  return (await response.json()).Browser;
}

async function startApi(dataDir) {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, TUNAS_MODE: 'demo', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  // The API's log stays quiet unless it fails to start: the portal's first visit (signed out) logs a refused refresh.
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const remember = (chunk) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', remember);
  child.stderr.on('data', remember);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}:\n${output}`);
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { child, url };
    await new Promise((wait) => setTimeout(wait, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`the API did not answer /health within 120 s:\n${output}`);
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}
