// Scenario 2: the API is killed with SIGKILL while learners submit, and started again at once (as a process
// supervisor would). Learners retry what got no answer. Every answer and submission the API acknowledged must be
// in the database, none twice.
import { inPool, Ledger, sleep, takeExam } from '../exam-learner.mjs';

/** Kill when this share of the learners has had its submission acknowledged, i.e. mid-wave. */
const KILL_AT_SUBMITTED = [0.25, 0.6];
const ARRIVAL_WINDOW_MS = 8000;

export async function apiCrash({ api, exam, learners, verify }) {
  const ledger = new Ledger();
  const began = performance.now();
  // Learners arrive over a few seconds and think 0.2–0.5 s per answer, so at any moment some are answering
  // and some submitting.
  const load = inPool(learners, learners.length, async (index) => {
    await sleep(((index * 7919) % learners.length) * (ARRIVAL_WINDOW_MS / learners.length));
    await takeExam({ url: api.url, exam, index, ledger, pause: (q) => 200 + ((index * 31 + q * 17) % 300) });
  });
  let loadDone = false;
  void load.finally(() => (loadDone = true));

  const crashes = [];
  for (const share of KILL_AT_SUBMITTED) {
    while (!loadDone && ledger.submissions.length < share * learners.length) await sleep(20);
    // Then the moment a submission is on its way, so the kill lands on one.
    const latest = performance.now() + 5000;
    while (!loadDone && ledger.inFlight.submit === 0 && performance.now() < latest) await sleep(2);
    if (loadDone) break;
    const submittedBefore = ledger.submissions.length;
    // These get no answer: the process dies under them.
    const cutOff = { ...ledger.inFlight };
    const killedAt = performance.now();
    await api.crash();
    await api.start();
    const healthyAt = performance.now();
    crashes.push({
      afterSeconds: (killedAt - began) / 1000,
      submittedBefore,
      downSeconds: (healthyAt - killedAt) / 1000,
      cutOff,
    });
  }
  await load;
  const finished = performance.now();
  const check = await verify(ledger, learners);
  const result = {
    learners: learners.length,
    requests: ledger.responses.length,
    seconds: (finished - began) / 1000,
    crashes,
    errorCodes: ledger.errorCodes(),
    check,
  };
  result.ok = check.ok && crashes.length === KILL_AT_SUBMITTED.length;
  result.deviations = crashes.length === KILL_AT_SUBMITTED.length ? [] : [`only ${crashes.length} kills happened before the load ended`];
  return result;
}
