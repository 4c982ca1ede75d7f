// A learner taking the bench exam (tools/bench/generate.mjs) the way the portal does: start, save each answer in
// its own request, submit; retrying whatever did not get an answer, and writing down every write the API
// acknowledged so the fault runs can look for it in the database afterwards.
import { uuid } from '../bench/generate.mjs';
import { mintAccessToken } from '../bench/quiz-flow.mjs';
import { JWT_SECRET } from './api-replica.mjs';

const START = 'mutation($i: QuizRefInput!) { startQuizAttempt(input: $i) { __typename ... on QuizAttempt { id slots { slot view } } ... on QuizUnavailable { reason } } }';
const SAVE = 'mutation($i: SaveQuizAnswersInput!) { saveQuizAnswers(input: $i) { status saved { slot sequence accepted } } }';
export const SUBMIT = 'mutation($i: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $i) { attemptId status marks maxMarks grade passed autoSubmitted } }';

/** Answers the portal would retry (its outbox does): the request may not have reached the database. */
const RETRYABLE = new Set(['NETWORK', 'SERVICE_UNAVAILABLE', 'HTTP_502', 'HTTP_503', 'INTERNAL_SERVER_ERROR']);
const GIVE_UP_AFTER_MS = 90_000;

/** An access token as the API issues it, minted like the bench does. */
export function accessToken(userId) {
  return mintAccessToken(JWT_SECRET, userId);
}

/**
 * One GraphQL request. The outcome's `code` is null on success, else the error's extensions.code, HTTP_<status>
 * for a non-GraphQL answer, or NETWORK when no answer came (refused, reset).
 */
export async function graphql(url, query, variables, bearer) {
  const at = performance.now();
  let response;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return { at, code: 'NETWORK', httpStatus: null, replica: null, data: null, raw: '' };
  }
  const raw = await response.text().catch(() => '');
  const replica = response.headers.get('x-faults-replica');
  let json = null;
  try {
    json = JSON.parse(raw);
  } catch {
    return { at, code: `HTTP_${response.status}`, httpStatus: response.status, replica, data: null, raw };
  }
  if (json.errors?.length) return { at, code: String(json.errors[0].extensions?.code ?? 'UNKNOWN'), httpStatus: response.status, replica, data: json.data ?? null, raw };
  return { at, code: null, httpStatus: response.status, replica, data: json.data, raw };
}

/** Everything the learners sent and the API answered, in order. */
export class Ledger {
  constructor() {
    /** @type {Array<{ learner: number, at: number, operation: string, code: string | null, httpStatus: number | null, replica: string | null }>} */
    this.responses = [];
    /** @type {Array<{ learner: number, attemptId: string, slot: number, sequence: number, choiceId: string, right: boolean, confirmation: 'accepted' | 'already-stored' }>} */
    this.savedAnswers = [];
    /** @type {Array<{ learner: number, attemptId: string, status: string, marks: number | null, at?: number }>} */
    this.submissions = [];
    /** @type {Array<{ learner: number, operation: string, code: string, raw: string }>} */
    this.abandoned = [];
    /** Requests sent and not answered yet, by operation. */
    this.inFlight = { start: 0, save: 0, submit: 0 };
  }

  errorCodes(from = -Infinity, to = Infinity) {
    const counts = {};
    for (const response of this.responses) if (response.code && response.at >= from && response.at < to) counts[response.code] = (counts[response.code] ?? 0) + 1;
    return counts;
  }

  succeededAfter(moment) {
    return this.responses.find((response) => response.code === null && response.at >= moment)?.at ?? null;
  }
}

/**
 * Learner number `index` of the bench data takes the exam at `url`. Learner i answers question q right when
 * (i + q) is even, as the bench does. `pause(q)` is the thinking time before answer q.
 */
export async function takeExam({ url, exam, index, ledger, pause = () => 0 }) {
  const bearer = accessToken(uuid(`learner:${index}`));
  const until = async (operation, query, variables, done) => {
    const deadline = performance.now() + GIVE_UP_AFTER_MS;
    for (let tries = 0; ; tries++) {
      ledger.inFlight[operation]++;
      const outcome = await graphql(url, query, variables, bearer).finally(() => ledger.inFlight[operation]--);
      ledger.responses.push({ learner: index, at: outcome.at, operation, code: outcome.code, httpStatus: outcome.httpStatus, replica: outcome.replica });
      if (outcome.code === null) {
        // `done` answers undefined when the answer is not the acknowledgement yet (it is then retried).
        const result = done(outcome.data);
        if (result !== undefined) return result;
      }
      if ((outcome.code !== null && !RETRYABLE.has(outcome.code)) || performance.now() > deadline) {
        ledger.abandoned.push({ learner: index, operation, code: outcome.code ?? 'NOT_ACKNOWLEDGED', raw: outcome.raw.slice(0, 400) });
        return null;
      }
      await sleep(Math.min(1000, 100 * 2 ** tries));
    }
  };

  const attempt = await until('start', START, { i: { courseId: exam.courseId, activityId: exam.activityId } }, (data) => {
    const started = data.startQuizAttempt;
    if (started.__typename !== 'QuizAttempt') throw new Error(`learner ${index} could not start: ${started.reason}`);
    return started;
  });
  if (!attempt) return null;
  for (const slot of attempt.slots) {
    await sleep(pause(slot.slot));
    const correct = exam.rightChoice(slot.slot);
    const right = (index + slot.slot) % 2 === 0;
    const choiceId = right ? correct : slot.view.choices.find((choice) => choice.id !== correct).id;
    const answer = { slot: slot.slot, response: { choiceIds: [choiceId] }, sequence: 1 };
    await until('save', SAVE, { i: { attemptId: attempt.id, answers: [answer] } }, (data) => {
      const saved = data.saveQuizAnswers.saved.find((entry) => entry.slot === slot.slot);
      // Not accepted with a sequence as high as ours: an earlier try of this very write got through unanswered.
      const confirmation = saved?.accepted ? 'accepted' : saved && saved.sequence >= answer.sequence ? 'already-stored' : null;
      if (!confirmation) return undefined;
      ledger.savedAnswers.push({ learner: index, attemptId: attempt.id, slot: slot.slot, sequence: answer.sequence, choiceId, right, confirmation });
      return true;
    });
  }
  await sleep(pause(attempt.slots.length));
  return until('submit', SUBMIT, { i: { attemptId: attempt.id } }, (data) => {
    const review = data.submitQuizAttempt;
    ledger.submissions.push({ learner: index, attemptId: attempt.id, status: review.status, marks: review.marks, at: performance.now() });
    return review;
  });
}

/** Runs the learners with at most `limit` taking the exam at once. */
export async function inPool(items, limit, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
