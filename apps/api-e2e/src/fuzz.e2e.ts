import { RunningApi, startApi } from './support/api-process';
import { Actor, ACTOR_LOGINS, ACTORS } from './support/authorization-matrix';
import { describeCase, FuzzCase, fuzzTargets, FuzzTarget, generateCase } from './support/fuzz-cases';
import { DatabaseFingerprint } from './support/fuzz-database';
import { KnownFailure, knownFailureOf } from './support/fuzz-known-failures';
import { collectRealObjects } from './support/fuzz-objects';
import { randomSeed } from './support/fuzz-random';
import { FuzzAnswer, FuzzProblem, runCases } from './support/fuzz-runner';
import { RealObjects } from './support/fuzz-values';
import { VariableCoercion } from './support/fuzz-variables';
import { GraphQLClient } from './support/graphql-client';
import { introspect, LiveSchema } from './support/schema-operations';

// Reproduce a run with FUZZ_SEED (printed below) and FUZZ_CASES; print single cases with their answers with
// FUZZ_ONLY=saveQuestion#12,enrolUsers#40, or the cases of one operation with FUZZ_OPERATION=saveQuestion.
const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : randomSeed();
const CASES = Number(process.env['FUZZ_CASES'] ?? 10_000);
const ONLY = process.env['FUZZ_ONLY']?.split(',');
const OPERATION = process.env['FUZZ_OPERATION'];
const TRACING = !!(ONLY || OPERATION);

/** Operations never fuzzed, and why. */
const SKIPPED: Readonly<Record<string, string>> = {
  logout: 'ends the session of the actor sending it (and every later case of that actor would be anonymous)',
};

/**
 * Hostile input over every query and mutation of the live schema, as every demo actor and anonymously:
 * no 5xx, no INTERNAL_SERVER_ERROR, no crash, and nothing written by a request that was refused.
 * The actors keep their sessions: cases carry the access token only (no refresh cookie for refreshSession to
 * rotate), changePassword never gets the demo password as the current one, and mutations that change people
 * aim at people made for the run, never at the demo actors.
 */
describe('hostile input, generated from the live schema, on sqlite', () => {
  let api: RunningApi;
  let schema: LiveSchema;
  let real: RealObjects;
  let targets: FuzzTarget[];
  let fingerprint: DatabaseFingerprint;
  let coercion: VariableCoercion;
  const tokens = { anonymous: null } as Record<Actor, string | null>;

  beforeAll(async () => {
    api = await startApi('sqlite');
    const clients = {} as Record<Exclude<Actor, 'anonymous'>, GraphQLClient>;
    for (const [actor, login] of Object.entries(ACTOR_LOGINS) as Array<[Exclude<Actor, 'anonymous'>, string]>) {
      clients[actor] = new GraphQLClient(api.baseUrl);
      await clients[actor].login(login);
      tokens[actor] = clients[actor].token;
    }
    schema = await introspect(clients.admin);
    coercion = await VariableCoercion.load(clients.admin);
    real = await collectRealObjects(clients);
    targets = fuzzTargets(schema, SKIPPED);
    fingerprint = new DatabaseFingerprint(api);
  });
  afterAll(async () => {
    fingerprint?.close();
    await api?.stop();
  });

  it(`answers ${ONLY?.length ?? CASES} generated requests without a 5xx, an internal error, or a write by a refused request`, async () => {
    const started = Date.now();
    console.log(`fuzz seed ${SEED}: rerun with FUZZ_SEED=${SEED}`);
    const plan = ONLY
      ? ONLY.map((key) => planned(targets, key))
      : Array.from({ length: CASES }, (_, index) => ({ target: targets[index % targets.length], n: Math.floor(index / targets.length) }));
    const cases: FuzzCase[] = plan
      .map(({ target, n }, index) => generateCase(schema, target, ACTORS, real, SEED, n, index))
      .filter((fuzzCase) => !OPERATION || fuzzCase.field === OPERATION);
    const trace = (fuzzCase: FuzzCase, answer: FuzzAnswer) =>
      console.log(`${describeCase(fuzzCase)}\n${fuzzCase.body.slice(0, 1_500)}\n→ ${answer.status} ${answer.failure ?? answer.raw.slice(0, 1_500)}`);
    const report = await runCases(cases, {
      baseUrl: api.baseUrl,
      tokens,
      fingerprint,
      concurrency: 8,
      batchSize: 32,
      timeoutMs: 20_000,
      variableError: (fuzzCase) => coercion.errorOf(fuzzCase.body),
      onAnswer: TRACING ? trace : undefined,
    });

    const unknown = report.problems.filter((problem) => !knownFailureOf(problem));
    const seconds = (Date.now() - started) / 1000;
    console.log(
      [
        `fuzz seed ${SEED} (rerun with FUZZ_SEED=${SEED}): ${cases.length} cases over ${targets.length} operations in ${seconds.toFixed(1)} s (${Math.round(cases.length / seconds)}/s), ${report.replays} replayed, tables hashed ${fingerprint.hashes} times`,
        `skipped: ${Object.entries(SKIPPED)
          .map(([name, why]) => `${name} (${why})`)
          .join('; ')}`,
        `statuses: ${JSON.stringify(report.statuses)}`,
        `per operation (cases/answered/refused/400): ${Object.entries(report.perOperation)
          .map(([name, row]) => `${name} ${row.cases}/${row.answered}/${row.refused}/${row.invalid}`)
          .join(', ')}`,
        `slowest operations (ms in total): ${Object.entries(report.perOperation)
          .sort(([, a], [, b]) => b.milliseconds - a.milliseconds)
          .slice(0, 8)
          .map(([name, row]) => `${name} ${row.milliseconds}`)
          .join(', ')}`,
        ...knownFailureSummary(report.problems),
        ...report.unattributed.map((batch) => `refused batch changed the database, not reproduced by any single case: ${batch}`),
      ].join('\n'),
    );
    const shown = unknown.slice(0, 30).map((problem) => `${problem.label}: ${problem.problem}\n    ${problem.excerpt}\n    reproduce: FUZZ_SEED=${SEED} FUZZ_ONLY=${problem.key}`);
    if (TRACING) console.log(`API log:\n${api.output().slice(-20_000)}`);
    expect(shown).toEqual([]);
  }, 150_000);

  it('is still running and healthy afterwards', async () => {
    expect({
      exitCode: api.process.exitCode,
      signal: api.process.signalCode,
    }).toEqual({ exitCode: null, signal: null });
    const health = await fetch(`${api.baseUrl}/health`);
    expect(health.status).toBe(200);
  });
});

/** The target and n of a case key such as saveQuestion#12. */
function planned(targets: readonly FuzzTarget[], key: string): { target: FuzzTarget; n: number } {
  const [name, n] = key.split('#');
  const target = targets.find((candidate) => candidate.field.name === name);
  if (!target || !/^\d+$/.test(n ?? '')) throw new Error(`FUZZ_ONLY: no case ${key} (write operation#n, e.g. saveQuestion#12)`);
  return { target, n: Number(n) };
}

/** One line per known failure: how many cases showed it, in which operations, and the first to reproduce. */
function knownFailureSummary(problems: readonly FuzzProblem[]): string[] {
  const byFailure = new Map<KnownFailure, FuzzProblem[]>();
  for (const problem of problems) {
    const failure = knownFailureOf(problem);
    if (failure) byFailure.set(failure, [...(byFailure.get(failure) ?? []), problem]);
  }
  return [...byFailure].map(([failure, shown]) => {
    const cases = new Set(shown.map((problem) => problem.key));
    const operations = new Set(shown.map((problem) => problem.operation));
    return `known failure in ${cases.size} cases over ${operations.size} operations (first: ${shown[0].label}, ${shown[0].variableError ?? shown[0].problem}): ${failure.reason}`;
  });
}
