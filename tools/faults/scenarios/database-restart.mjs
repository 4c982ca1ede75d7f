// Scenario 1: MariaDB is shut down (or killed) in the middle of an exam and started again a few seconds later. While it is
// away the API should answer 503 (SERVICE_UNAVAILABLE); once it is back the API should recover by itself
// within 10 s; every answer and submission it acknowledged should be in the database afterwards.
import { inPool, Ledger, sleep, takeExam } from '../exam-learner.mjs';
import { HealthProbe } from '../health-probe.mjs';

/** The outage begins when this share of the learners has submitted: answers and submissions are both under way. */
const OUTAGE_AT_SUBMITTED = 0.2;
const ARRIVAL_WINDOW_MS = 12_000;
const OUTAGE_MS = 5000;
const RECOVERY_LIMIT_S = 10;

/** @param {{ signal: 'SIGTERM' | 'SIGKILL' }} options SIGTERM is a clean shutdown, SIGKILL a crash (InnoDB recovers at start) */
export async function databaseRestart({ mariadb, api, exam, learners, verify, signal }) {
  const ledger = new Ledger();
  const probe = new HealthProbe(api.url);
  probe.start();
  const began = performance.now();
  // Learners arrive over 12 s and think 0.4–0.9 s before each answer, so when the database goes some are
  // starting, some answering and some submitting.
  const load = inPool(learners, learners.length, async (index) => {
    await sleep(((index * 7919) % learners.length) * (ARRIVAL_WINDOW_MS / learners.length));
    await takeExam({ url: api.url, exam, index, ledger, pause: (q) => 400 + ((index * 7919 + q * 104_729) % 500) });
  });
  let loadDone = false;
  void load.finally(() => (loadDone = true));
  while (!loadDone && ledger.submissions.length < OUTAGE_AT_SUBMITTED * learners.length) await sleep(20);
  const inFlight = { ...ledger.inFlight };
  const stopRequested = performance.now();
  await mariadb.stop(signal);
  const stopped = performance.now();
  await sleep(OUTAGE_MS);
  const restartRequested = performance.now();
  await mariadb.start();
  const back = mariadb.upSince;
  await load;
  await probe.stop();
  const finished = performance.now();

  const healthyAgain = probe.firstHealthyAfter(back);
  const learnerSucceededAgain = ledger.responses.filter((response) => response.code === null && response.at >= back).reduce((first, response) => Math.min(first, response.at), Infinity);
  const duringOutage = ledger.errorCodes(stopRequested, back);
  const firstUnavailable = ledger.responses.find((response) => response.at >= stopRequested && response.code === 'SERVICE_UNAVAILABLE');
  const unavailableAnswers = (duringOutage['SERVICE_UNAVAILABLE'] ?? 0) + (duringOutage['HTTP_503'] ?? 0);
  const otherOutageErrors = Object.fromEntries(Object.entries(duringOutage).filter(([code]) => code !== 'SERVICE_UNAVAILABLE' && code !== 'HTTP_503'));
  // Strictly while no server process existed; around the edges either answer is right.
  const health = probe.statuses(stopped, restartRequested);
  const afterRecovery = healthyAgain === null ? {} : ledger.errorCodes(healthyAgain + 1000, Infinity);
  const recovery = {
    healthSeconds: healthyAgain === null ? null : (healthyAgain - back) / 1000,
    firstLearnerSuccessSeconds: Number.isFinite(learnerSucceededAgain) ? (learnerSucceededAgain - back) / 1000 : null,
  };
  const check = await verify(ledger, learners);
  const result = {
    signal,
    learners: learners.length,
    requests: ledger.responses.length,
    seconds: (finished - began) / 1000,
    outage: {
      startedAfterSeconds: (stopRequested - began) / 1000,
      submittedBefore: ledger.submissions.filter((submission) => submission.at < stopRequested).length,
      inFlight,
      shutdownSeconds: (stopped - stopRequested) / 1000,
      downSeconds: (back - stopped) / 1000,
      startSeconds: (back - restartRequested) / 1000,
    },
    graphqlDuringOutage: duringOutage,
    unavailableAnswers,
    otherOutageErrors,
    healthDuringOutage: health,
    recovery,
    errorsAfterRecovery: afterRecovery,
    firstUnavailableAfterSeconds: firstUnavailable === undefined ? null : (firstUnavailable.at - stopRequested) / 1000,
    apiLoggedErrors: api.loggedErrors().length,
    apiLoggedErrorSamples: api.loggedErrorSamples(),
    check,
  };
  result.ok =
    check.ok &&
    unavailableAnswers + (health['503'] ?? 0) > 0 &&
    recovery.healthSeconds !== null &&
    recovery.healthSeconds <= RECOVERY_LIMIT_S &&
    recovery.firstLearnerSuccessSeconds !== null &&
    recovery.firstLearnerSuccessSeconds <= RECOVERY_LIMIT_S &&
    Object.keys(afterRecovery).length === 0;
  result.deviations = [
    ...(Object.keys(otherOutageErrors).length ? [`answers other than 503 while the database was away: ${JSON.stringify(otherOutageErrors)}`] : []),
    ...(health['200'] ? [`/health answered 200 ${health['200']} times while the database was down`] : []),
  ];
  return result;
}
