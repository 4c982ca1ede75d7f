// Exam day: many learners start the same quiz at once, save every answer, submit. Measures each phase and then
// checks in SQL that every acknowledged answer is stored once and every grade matches the answers sent.
import { createHmac } from 'node:crypto';
import { uuid } from './generate.mjs';

const START_WINDOW_SECONDS = 20;
const CONCURRENCY = 64;

/** An access token as the API issues it (HS256, issuer "tunas"), minted here so 1,000 sign-ins do not skew the run. */
export function mintAccessToken(secret, userId) {
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: userId, roles: ['LEARNER'], sid: `tool-${userId}`, iat: now, exp: now + 3600, iss: 'tunas' })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

async function call(url, bearer, query, variables) {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query, variables }) });
  const json = await response.json();
  const ms = performance.now() - started;
  if (!response.ok || json.errors) return { ms, error: JSON.stringify(json.errors ?? response.status).slice(0, 300) };
  return { ms, data: json.data };
}

function summary(samples, errors) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]) : 0);
  return { count: samples.length + errors, p50: at(0.5), p99: at(0.99), max: Math.round(sorted[sorted.length - 1] ?? 0), errors };
}

/** Runs tasks with at most `limit` in flight. */
async function pool(tasks, limit) {
  const results = [];
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }));
  return results;
}

const START = 'mutation($i: QuizRefInput!) { startQuizAttempt(input: $i) { __typename ... on QuizAttempt { id slots { slot view } } ... on QuizUnavailable { reason } } }';
const SAVE = 'mutation($i: SaveQuizAnswersInput!) { saveQuizAnswers(input: $i) { status saved { slot accepted } } }';
const SUBMIT = 'mutation($i: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $i) { status marks } }';

export async function runQuizFlow({ url, connection, exam, jwtSecret, questions }) {
  const learners = exam.learners;
  const starts = [];
  const saves = [];
  const submits = [];
  let startErrors = 0;
  let saveErrors = 0;
  let submitErrors = 0;
  const sentRight = new Map();
  const flowStarted = performance.now();
  let lastStartDone = 0;
  let requests = 0;
  const firstError = [];
  // Phase 1, the synchronized start: learners arrive evenly over the window, as a class told "start now" does.
  const attempts = await pool(
    Array.from({ length: learners }, (_, i) => async () => {
      const due = flowStarted + (i / learners) * START_WINDOW_SECONDS * 1000;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      const bearer = mintAccessToken(jwtSecret, uuid(`learner:${i}`));
      const started = await call(url, bearer, START, { i: { courseId: exam.courseId, activityId: exam.activityId } });
      requests++;
      lastStartDone = performance.now();
      if (started.error || started.data.startQuizAttempt.__typename !== 'QuizAttempt') {
        startErrors++;
        firstError.push(started.error ?? started.data.startQuizAttempt.reason);
        return null;
      }
      starts.push(started.ms);
      return { i, bearer, attempt: started.data.startQuizAttempt };
    }),
    CONCURRENCY,
  );
  // Phase 2: every learner saves each answer in its own request, as the portal does.
  await pool(
    attempts.filter(Boolean).map(({ i, bearer, attempt }) => async () => {
      let right = 0;
      for (const slot of attempt.slots) {
        // Learner i answers question q right when (i + q) is even: grades differ between learners.
        const correct = exam.rightChoice(slot.slot);
        const choice = (i + slot.slot) % 2 === 0 ? correct : slot.view.choices.find((c) => c.id !== correct).id;
        if (choice === correct) right++;
        const saved = await call(url, bearer, SAVE, { i: { attemptId: attempt.id, answers: [{ slot: slot.slot, response: { choiceIds: [choice] }, sequence: 1 }] } });
        requests++;
        if (saved.error || !saved.data.saveQuizAnswers.saved[0]?.accepted) {
          saveErrors++;
          firstError.push(saved.error ?? 'not accepted');
        } else saves.push(saved.ms);
      }
      sentRight.set(attempt.id, right);
    }),
    CONCURRENCY,
  );
  // Phase 3: everyone submits.
  await pool(
    attempts.filter(Boolean).map(({ bearer, attempt }) => async () => {
      const submitted = await call(url, bearer, SUBMIT, { i: { attemptId: attempt.id } });
      requests++;
      if (submitted.error) {
        submitErrors++;
        firstError.push(submitted.error);
      } else submits.push(submitted.ms);
    }),
    CONCURRENCY,
  );
  const totalSeconds = (performance.now() - flowStarted) / 1000;
  const [[counts]] = await connection.query(
    `SELECT COUNT(*) AS attempts, SUM(open_marker IS NOT NULL) AS openAttempts, COUNT(DISTINCT user_id) AS learners FROM quiz_attempts WHERE activity_id = ?`,
    [exam.activityId],
  );
  const [[slots]] = await connection.query(
    `SELECT COUNT(*) AS answered FROM quiz_attempt_slots s JOIN quiz_attempts a ON a.id = s.attempt_id WHERE a.activity_id = ? AND s.response IS NOT NULL AND s.sequence = 1`,
    [exam.activityId],
  );
  const [marks] = await connection.query(`SELECT id, marks FROM quiz_attempts WHERE activity_id = ?`, [exam.activityId]);
  const wrongGrades = marks.filter((row) => sentRight.has(row.id) && Number(row.marks) !== sentRight.get(row.id)).length;
  const check = {
    attempts: Number(counts.attempts),
    openAttempts: Number(counts.openAttempts ?? 0),
    duplicateAttempts: Number(counts.attempts) - Number(counts.learners),
    answeredSlots: Number(slots.answered),
    wrongGrades,
  };
  check.ok = check.attempts === learners && check.openAttempts === 0 && check.duplicateAttempts === 0 && check.answeredSlots === learners * questions && wrongGrades === 0;
  return {
    learners,
    questions,
    startWindowSeconds: START_WINDOW_SECONDS,
    concurrency: CONCURRENCY,
    start: summary(starts, startErrors),
    save: summary(saves, saveErrors),
    submit: summary(submits, submitErrors),
    startsDoneAfterSeconds: (lastStartDone - flowStarted) / 1000,
    totalSeconds,
    requestsPerSecond: requests / totalSeconds,
    firstErrors: firstError.slice(0, 3),
    check,
  };
}
