// Scenario 3: two API replicas behind a round-robin proxy, sharing MariaDB and Redis. One learner at a time
// takes the exam, so each learner's consecutive requests alternate between the replicas; then failed sign-ins
// spread over both replicas must lock the account, and a refresh token rotated on one replica must be refused
// as a replay on the other.
import { BENCH_PASSWORD, uuid } from '../../bench/generate.mjs';
import { accessToken, graphql, inPool, Ledger, takeExam } from '../exam-learner.mjs';

const REVIEW = 'query($id: ID!) { quizReview(attemptId: $id) { attemptId status marks maxMarks grade passed slots { slot response mark state } } }';
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id } } }';
const REFRESH = 'mutation($t: String) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
/** LoginThrottleService allows 5 failures per account in 15 minutes. */
const FAILURES_TO_LOCK = 5;

export async function twoReplicas({ proxy, proxyUrl, exam, learners, lockedEmail, refreshEmail, verify }) {
  const ledger = new Ledger();
  const servedBefore = { ...proxy.served };
  await inPool(learners, 1, (index) => takeExam({ url: proxyUrl, exam, index, ledger }));

  // Each learner's own requests in order: did the replica change from every request to the next?
  const replicasOf = new Map(learners.map((index) => [index, []]));
  for (const response of ledger.responses) replicasOf.get(response.learner).push(response.replica);
  const alternating = [...replicasOf.values()].filter((replicas) => replicas.every((replica, i) => i === 0 || replica !== replicas[i - 1])).length;

  // A review read twice lands on both replicas; both must say the same.
  let reviewsCompared = 0;
  let reviewsDiffering = 0;
  for (const submitted of ledger.submissions) {
    const bearer = accessToken(uuid(`learner:${submitted.learner}`));
    const first = await graphql(proxyUrl, REVIEW, { id: submitted.attemptId }, bearer);
    const second = await graphql(proxyUrl, REVIEW, { id: submitted.attemptId }, bearer);
    reviewsCompared++;
    if (first.code || second.code || first.replica === second.replica || first.raw !== second.raw) reviewsDiffering++;
  }
  const check = await verify(ledger, learners);

  const lockout = await loginLockout(proxyUrl, lockedEmail);
  const refresh = await refreshAcrossReplicas(proxyUrl, refreshEmail);
  const served = Object.fromEntries(Object.entries(proxy.served).map(([name, count]) => [name, count - servedBefore[name]]));
  const result = {
    learners: learners.length,
    requests: ledger.responses.length,
    errorCodes: ledger.errorCodes(),
    learnersAlternating: alternating,
    reviewsCompared,
    reviewsDiffering,
    lockout,
    refresh,
    servedPerReplica: served,
    proxyFailures: proxy.failed,
    check,
  };
  result.ok = check.ok && alternating === learners.length && reviewsDiffering === 0 && lockout.ok && refresh.ok;
  result.deviations = [];
  return result;
}

/** N wrong passwords through the proxy (so they alternate replicas), then the right one must be refused too. */
async function loginLockout(proxyUrl, email) {
  const attempts = [];
  const login = async (password) => {
    const outcome = await graphql(proxyUrl, LOGIN, { i: { identifier: email, password, returnRefreshToken: true } });
    attempts.push({ password: password === BENCH_PASSWORD ? 'right' : 'wrong', replica: outcome.replica, code: outcome.code ?? 'OK' });
    return outcome;
  };
  for (let i = 0; i < FAILURES_TO_LOCK; i++) await login(`salah-${i}`);
  const afterFailures = await login(BENCH_PASSWORD);
  const again = await login(BENCH_PASSWORD);
  const failuresPerReplica = {};
  for (const attempt of attempts.slice(0, FAILURES_TO_LOCK)) failuresPerReplica[attempt.replica] = (failuresPerReplica[attempt.replica] ?? 0) + 1;
  return {
    attempts,
    failuresPerReplica,
    ok:
      attempts.slice(0, FAILURES_TO_LOCK).every((attempt) => attempt.code === 'UNAUTHENTICATED') &&
      Object.keys(failuresPerReplica).length === 2 &&
      afterFailures.code === 'TOO_MANY_REQUESTS' &&
      again.code === 'TOO_MANY_REQUESTS' &&
      afterFailures.replica !== again.replica,
  };
}

/** Sign in on one replica, rotate the refresh token on the other, replay the old one: the whole session ends. */
async function refreshAcrossReplicas(proxyUrl, email) {
  const signedIn = await graphql(proxyUrl, LOGIN, { i: { identifier: email, password: BENCH_PASSWORD, returnRefreshToken: true } });
  const first = signedIn.data?.login?.refreshToken;
  const rotated = await graphql(proxyUrl, REFRESH, { t: first });
  const replayed = await graphql(proxyUrl, REFRESH, { t: first });
  const successorAfterReplay = await graphql(proxyUrl, REFRESH, { t: rotated.data?.refreshSession?.refreshToken ?? null });
  const steps = [
    { step: 'login', replica: signedIn.replica, code: signedIn.code ?? 'OK' },
    { step: 'rotate', replica: rotated.replica, code: rotated.code ?? 'OK' },
    { step: 'replay the old token', replica: replayed.replica, code: replayed.code ?? 'OK' },
    { step: 'use the successor after the replay', replica: successorAfterReplay.replica, code: successorAfterReplay.code ?? 'OK' },
  ];
  return {
    steps,
    ok: signedIn.code === null && rotated.code === null && replayed.code === 'UNAUTHENTICATED' && successorAfterReplay.code === 'UNAUTHENTICATED' && signedIn.replica !== rotated.replica,
  };
}
