// docs/reliability.md from a fault run's results (tools/faults/run.mjs).

const verdict = (result) => (result?.ok ? '**as expected**' : '**NOT as expected**');
const codes = (counts) => (counts && Object.keys(counts).length ? Object.entries(counts).map(([code, count]) => `${code} × ${count}`).join(', ') : 'none');
const seconds = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(2)} s`);

function dataCheck(check) {
  if (!check) return '';
  return `| acknowledged answers | ${check.acknowledgedAnswers} (${check.answersConfirmedOnRetry} of them confirmed by a retry: "already stored") |
| of those in the database | ${check.answersFound} |
| acknowledged submissions | ${check.acknowledgedSubmissions} of ${check.learners} learners |
| of those in the database, graded as acknowledged | ${check.submissionsFound} |
| grades that differ from the answers sent | ${check.wrongGrades} |
| attempts in the database / still open | ${check.attemptsInDatabase} / ${check.stillOpenAttempts} |
| duplicates: second attempts, submissions written twice, progress rows twice | ${check.duplicateAttempts}, ${check.duplicateSubmissionEvents}, ${check.duplicateProgressRows} |
| submissions without their learning event | ${check.missingSubmissionEvents} |
| learners who gave up (non-retryable error or 90 s without answer) | ${check.abandoned} |`;
}

function failedSection(result) {
  return result?.failed ? `\nThe scenario did not finish:\n\n\`\`\`\n${result.failed.slice(0, 2000)}\n\`\`\`\n` : '';
}

function deviations(result) {
  const problems = [...(result?.deviations ?? [])];
  const examples = result?.check?.examples;
  if (examples) for (const [kind, list] of Object.entries(examples)) if (list.length) problems.push(`${kind}: \`${JSON.stringify(list).slice(0, 600)}\``);
  return problems.length ? `\nFindings:\n\n${problems.map((problem) => `- ${problem}`).join('\n')}\n` : '';
}

function databaseRestart(result, heading) {
  if (!result) return '';
  const body = result.failed
    ? failedSection(result)
    : `
| measure | value |
| --- | --- |
| learners, requests | ${result.learners}, ${result.requests} in ${seconds(result.seconds)} |
| MariaDB stopped after / shutdown took / down for (of which starting again) | ${seconds(result.outage.startedAfterSeconds)} / ${seconds(result.outage.shutdownSeconds)} / ${seconds(result.outage.downSeconds)} (${seconds(result.outage.startSeconds)}) |
| when it stopped | ${result.outage.submittedBefore} submissions acknowledged; in flight: ${result.outage.inFlight.start} starts, ${result.outage.inFlight.save} saves, ${result.outage.inFlight.submit} submissions |
| GraphQL answers while it was away | ${codes(result.graphqlDuringOutage)} |
| 503 answers (SERVICE_UNAVAILABLE) while away | ${result.unavailableAnswers}; the first to a request sent ${seconds(result.firstUnavailableAfterSeconds)} after the shutdown began |
| /health while no MariaDB process existed | ${codes(result.healthDuringOutage)} |
| /health 200 again, after MariaDB accepted connections | ${seconds(result.recovery.healthSeconds)} (limit 10 s) |
| first learner request answered, after MariaDB was back | ${seconds(result.recovery.firstLearnerSuccessSeconds)} |
| errors from 1 s after recovery to the end | ${codes(result.errorsAfterRecovery)} |
| error lines the API logged (whole run so far) | ${result.apiLoggedErrors}${result.apiLoggedErrorSamples?.length ? `, e.g. ${result.apiLoggedErrorSamples.map((sample) => `\`${sample.replaceAll('|', '\\|')}\``).join('; ')}` : ''} |
${dataCheck(result.check)}
`;
  const how =
    result.signal === 'SIGKILL'
      ? 'MariaDB is killed (SIGKILL: no shutdown, InnoDB recovers from its redo log at the next start)'
      : 'MariaDB is shut down cleanly (SIGTERM, as a service restart does)';
  return `## ${heading}: ${verdict(result)}

${result.learners ?? ''} learners arrive over 12 s at the 20-question exam, think 0.4–0.9 s before each answer and save each
answer in its own request. When a fifth of them have submitted (so some are starting, many answering, some
submitting), ${how}. It stays down five seconds and is started again. Learners retry whatever got no answer
or a 503 (as the portal's outbox does). A probe reads \`/health\` every 100 ms. Afterwards every acknowledged
save and submission is looked up in SQL. Load average (1 min) when it started: ${result.loadAverage?.toFixed(2)}.
${body}${deviations(result)}`;
}

function apiCrash(result) {
  if (!result) return '';
  const crashes = (result.crashes ?? []).map(
    (crash, i) =>
      `| kill ${i + 1} | ${seconds(crash.afterSeconds)} into the run, ${crash.submittedBefore} submissions acknowledged before; in flight and cut off: ${crash.cutOff.start} starts, ${crash.cutOff.save} saves, ${crash.cutOff.submit} submissions; healthy again ${seconds(crash.downSeconds)} after the kill |`,
  );
  const body = result.failed
    ? failedSection(result)
    : `
| measure | value |
| --- | --- |
| learners, requests | ${result.learners}, ${result.requests} in ${seconds(result.seconds)} |
${crashes.join('\n')}
| errors the learners saw (then retried) | ${codes(result.errorCodes)} |
${dataCheck(result.check)}
`;
  return `## 2. \`kill -9\` of the API during submissions: ${verdict(result)}

${result.learners ?? ''} learners arrive over 8 s, answer (0.2–0.5 s per question) and submit. When a quarter of them, and
again when 60 %, have had their submission acknowledged, the API process gets SIGKILL and is started again at
once on the same port (as a supervisor would). Requests in flight are cut off; learners retry them (a save with
the same sequence number, a submission as it was). Load average (1 min) when it started: ${result.loadAverage?.toFixed(2)}.
${body}${deviations(result)}`;
}

function twoReplicas(result) {
  if (!result) return '';
  const attempts = (result.lockout?.attempts ?? []).map((attempt, i) => `${i + 1}. ${attempt.password} password → replica ${attempt.replica}: ${attempt.code}`).join('\n');
  const refresh = (result.refresh?.steps ?? []).map((step) => `${step.step} → replica ${step.replica}: ${step.code}`).join('; ');
  const body = result.failed
    ? failedSection(result)
    : `
| measure | value |
| --- | --- |
| learners (one at a time), requests | ${result.learners}, ${result.requests} |
| learners whose every request went to the other replica than the one before | ${result.learnersAlternating} of ${result.learners} |
| reviews read on both replicas, differing | ${result.reviewsCompared}, ${result.reviewsDiffering} |
| requests per replica (whole scenario) | ${codes(result.servedPerReplica)} |
| errors | ${codes(result.errorCodes)} |
| login lock-out across replicas | ${result.lockout?.ok ? 'locked' : 'NOT locked'}: failures per replica ${codes(result.lockout?.failuresPerReplica)} |
| refresh token rotated on the other replica | ${result.refresh?.ok ? 'as with one' : 'NOT as with one'} |
${dataCheck(result.check)}

Sign-ins through the proxy (the API allows 5 failures per account in 15 minutes):

${attempts}

Refresh token: ${refresh}.
`;
  return `## 3. Two replicas behind a round-robin proxy: ${verdict(result)}

Two API processes share the MariaDB database and Redis (\`REDIS_URL\`); a \`node:http\` proxy sends each request to
the next replica in turn. Learners take the exam one at a time, so each learner's consecutive requests alternate
between the replicas (start on one, the next save on the other, …). Then five wrong passwords for one account go
through the proxy (so both replicas see some), and the right password must be refused; then a refresh token is
rotated on the other replica than the one that issued it, and replaying the old one must end the session.
Load average (1 min) when it started: ${result.loadAverage?.toFixed(2)}.
${body}${deviations(result)}`;
}

function duplicateSubmission(result) {
  if (!result) return '';
  const runs = (result.runs ?? []).map((run) => `| ${run.learner} | ${run.via} | ${run.startedAttempts} | ${codes(run.replicas)} | ${run.distinctBodies} | ${run.errors.length ? codes(Object.fromEntries(run.errors.map((e) => [e, run.errors.filter((x) => x === e).length]))) : 'none'} | ${run.marks} / ${run.expectedMarks} |`);
  const body = result.failed
    ? failedSection(result)
    : `
| learner | sent to | attempts from 10 concurrent starts | submission copies per replica | distinct answers | errors | marks / expected |
| --- | --- | --- | --- | --- | --- | --- |
${runs.join('\n')}

| measure | value |
| --- | --- |
| learners whose ${result.copiesPerSubmission} copies got one identical answer | ${result.identicalAnswers} of ${result.learners} |
${dataCheck(result.check)}
`;
  return `## 4. The same submission ten times at once: ${verdict(result)}

Each learner starts the quiz with ten concurrent \`startQuizAttempt\` requests, saves half the answers, then sends
\`submitQuizAttempt\` with the other half ten times concurrently (byte-identical requests). Half the learners
send to one replica, half through the proxy (so the copies race on both replicas). Expected: one attempt from
the starts; every submission copy gets the same answer; one graded attempt, the submission written once.
Load average (1 min) when it started: ${result.loadAverage?.toFixed(2)}.
${body}${deviations(result)}`;
}

export function reliabilityMarkdown(report) {
  const { machine, results } = report;
  const summary = [
    ['1a. MariaDB restarted during load', results['database-restart']],
    ['1b. MariaDB killed and restarted during load', results['database-crash']],
    ['2. `kill -9` of the API during submissions', results['api-crash']],
    ['3. Two replicas behind a round-robin proxy', results['two-replicas']],
    ['4. The same submission ten times at once', results['duplicate-submission']],
  ]
    .filter(([, result]) => result)
    .map(([name, result]) => `| ${name} | ${result.ok ? 'as expected' : '**not as expected**'} |`);
  return `# Reliability under faults

Generated by \`npm run faults\` on ${report.date.slice(0, 10)} (${report.date.slice(11, 16)} UTC). Do not edit by hand.

Everything runs on one machine over loopback: a MariaDB server of the run's own (a fresh data directory,
started, stopped and removed by the script; the machine's shared MariaDB is not touched), the built API
(\`dist/apps/api/main.js\`, in production mode) as child processes, Redis at \`${report.options.redisUrl}\`. The data is the
bench's (\`tools/bench/generate.mjs\`): the exam course with a 20-question, one-attempt quiz, ${report.options.learnersPerLoadScenario} learners
per load scenario, each cohort distinct. Learners use access tokens minted with the run's \`JWT_SECRET\`, as the
bench does.

Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}. Load average (1, 5, 15 min) at the
start: ${machine.loadAverageAtStart.map((value) => value.toFixed(2)).join(', ')}; at the end: ${machine.loadAverageAtEnd.map((value) => value.toFixed(2)).join(', ')}. Other work shared the machine, so times are
relative (measured from the fault) and generous.

"Acknowledged" means the API answered the request with success: a save whose answer says \`accepted\`, or (for
a retry of a save whose first answer was lost) \`accepted: false\` with the stored sequence at least the one sent;
a submission that returned the graded attempt. "In the database" is checked in SQL after the run: the slot holds
that response with that sequence, the attempt is graded with the marks the API answered, the marks equal the
right answers sent, and nothing exists twice (one attempt per learner, one learning event per submission, one
progress row per activity).

| scenario | outcome |
| --- | --- |
${summary.join('\n')}

${databaseRestart(results['database-restart'], '1a. MariaDB restarted during an exam')}
${databaseRestart(results['database-crash'], '1b. MariaDB killed during an exam, then started again')}
${apiCrash(results['api-crash'])}
${twoReplicas(results['two-replicas'])}
${duplicateSubmission(results['duplicate-submission'])}
## Reproduce

\`\`\`bash
npm run faults                        # builds the API, runs every scenario, rewrites this file
node tools/faults/run.mjs --learners 60 --only database-restart,api-crash
\`\`\`

Needs \`mariadbd\` and \`mariadb-install-db\` (Debian's \`mariadb-server\`), and Redis for scenario 3
(\`FAULTS_REDIS_URL\`, default \`redis://127.0.0.1:6379/11\`; the run deletes the login counters it created).
Raw numbers: \`dist/faults/results.json\`.
`;
}
