import { Actor } from './authorization-matrix';
import { describeCase, FuzzCase, VALIDATION_MODES } from './fuzz-cases';
import { changedTables, DatabaseFingerprint } from './fuzz-database';
import { GraphQLErrorShape } from './graphql-client';

/** What the API answered to one case. */
export interface FuzzAnswer {
  status: number;
  data: Record<string, unknown> | null;
  errors: GraphQLErrorShape[];
  raw: string;
  /** A transport failure (no answer, connection reset) instead of an HTTP answer. */
  failure?: string;
  milliseconds: number;
}

/** A broken promise of the API: the case, what went wrong, and an excerpt of the answer. */
export interface FuzzProblem {
  key: string;
  operation: string;
  label: string;
  problem: string;
  excerpt: string;
  /** GraphQL's coercion error for the request's variables, when they are invalid. */
  variableError: string | null;
  /** How deeply the request's variables nest (objects and arrays), and their longest list. */
  variableDepth: number;
  longestList: number;
}

export interface FuzzRunOptions {
  baseUrl: string;
  tokens: Readonly<Record<Actor, string | null>>;
  fingerprint: DatabaseFingerprint;
  concurrency: number;
  batchSize: number;
  timeoutMs: number;
  /** The coercion error of a case's variables, or null when they are valid. */
  variableError(fuzzCase: FuzzCase): string | null;
  /** Sees every answer (to print them when reproducing single cases). */
  onAnswer?(fuzzCase: FuzzCase, answer: FuzzAnswer): void;
}

export interface FuzzRunReport {
  problems: FuzzProblem[];
  /** Batches of refused requests whose change no single replayed case reproduced (the quiz sweeper also writes). */
  unattributed: string[];
  statuses: Record<string, number>;
  perOperation: Record<
    string,
    {
      cases: number;
      answered: number;
      refused: number;
      invalid: number;
      milliseconds: number;
    }
  >;
  replays: number;
}

/** Sends the cases in batches, checking every answer and, around each batch, that refused requests wrote nothing. */
export async function runCases(cases: readonly FuzzCase[], options: FuzzRunOptions): Promise<FuzzRunReport> {
  const report: FuzzRunReport = {
    problems: [],
    unattributed: [],
    statuses: {},
    perOperation: {},
    replays: 0,
  };
  const seen = new Set<string>();
  const variableErrors = new Map<number, string | null>();
  const variableError = (fuzzCase: FuzzCase) => {
    if (!variableErrors.has(fuzzCase.index)) variableErrors.set(fuzzCase.index, options.variableError(fuzzCase));
    return variableErrors.get(fuzzCase.index)!;
  };
  const note = (fuzzCase: FuzzCase, problem: string, answer: FuzzAnswer | null) => {
    const key = `${fuzzCase.index}:${problem}`;
    if (seen.has(key)) return;
    seen.add(key);
    report.problems.push({
      key: fuzzCase.key,
      operation: fuzzCase.field,
      label: describeCase(fuzzCase),
      problem,
      excerpt: answer ? (answer.failure ?? answer.raw).slice(0, 400) : '',
      variableError: variableError(fuzzCase),
      ...shapeOf((JSON.parse(fuzzCase.body) as { variables: unknown }).variables),
    });
  };
  const send = async (batch: readonly FuzzCase[]) => {
    const answers = await inParallel(batch, options.concurrency, (fuzzCase) => sendCase(fuzzCase, options));
    batch.forEach((fuzzCase, index) => {
      options.onAnswer?.(fuzzCase, answers[index]);
      problemsOf(fuzzCase, answers[index]).forEach((problem) => note(fuzzCase, problem, answers[index]));
    });
    return answers;
  };

  /** Replays refused cases around a fingerprint, halving until the one that writes is named. */
  const replayRefused = async (suspects: readonly FuzzCase[]): Promise<number> => {
    if (!suspects.length) return 0;
    report.replays += suspects.length;
    const before = options.fingerprint.current();
    const answers = await send(suspects);
    const changed = changedTables(before, options.fingerprint.current());
    if (!changed.length) return 0;
    const stillRefused = suspects.filter((_, index) => refused(suspects[index], answers[index]));
    if (stillRefused.length < suspects.length) return replayRefused(stillRefused);
    if (suspects.length === 1) {
      note(suspects[0], `refused, but changed the database: ${changed.join(', ')}`, answers[0]);
      return 1;
    }
    const half = Math.ceil(suspects.length / 2);
    return (await replayRefused(suspects.slice(0, half))) + (await replayRefused(suspects.slice(half)));
  };

  for (let start = 0; start < cases.length; start += options.batchSize) {
    const batch = cases.slice(start, start + options.batchSize);
    const before = options.fingerprint.current();
    const answers = await send(batch);
    batch.forEach((fuzzCase, index) => tally(report, fuzzCase, answers[index]));
    const changed = changedTables(before, options.fingerprint.current());
    if (!changed.length) continue;
    // Only refused mutations that got as far as the resolvers' guards can have written anything.
    const suspects = batch.filter((fuzzCase, index) => fuzzCase.kind === 'mutation' && refused(fuzzCase, answers[index]) && answers[index].errors.some((error) => error.path));
    const named = await replayRefused(suspects);
    if (!named && batch.every((fuzzCase, index) => refused(fuzzCase, answers[index])))
      report.unattributed.push(`cases ${batch.map((fuzzCase) => fuzzCase.key).join(', ')}: ${changed.join(', ')}`);
  }
  return report;
}

/** Refused: errors and no result for the operation (an answer with data was accepted, wholly or in part). */
export function refused(fuzzCase: FuzzCase, answer: FuzzAnswer): boolean {
  if (answer.failure) return true;
  return answer.errors.length > 0 && (answer.data === null || answer.data[fuzzCase.field] == null);
}

/** Every promise the API breaks with this answer. */
export function problemsOf(fuzzCase: FuzzCase, answer: FuzzAnswer): string[] {
  if (answer.failure) return [answer.failure];
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  for (const error of answer.errors) {
    const extensions = (error.extensions ?? {}) as Record<string, unknown>;
    if (extensions['code'] === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR "${error.message.slice(0, 160)}"`);
    if (extensions['stacktrace'] || extensions['exception']) problems.push('a stack trace in the answer');
    if (/SQLITE_|QueryFailedError|ER_[A-Z_]{4,}|Cannot read propert|is not a function|Maximum call stack/.test(error.message))
      problems.push(`internal detail in a message "${error.message.slice(0, 160)}"`);
  }
  if (VALIDATION_MODES.includes(fuzzCase.mode) && answer.status !== 400) problems.push(`expected 400 for ${fuzzCase.mode}, got ${answer.status}`);
  if (answer.status === 400 && !answer.errors.some((error) => error.message)) problems.push('400 without an error message');
  if (answer.status === 200 && !answer.data && !answer.errors.length) problems.push('200 without data or errors');
  return problems;
}

/**
 * One retry when the server closed a kept-alive connection just as it was reused (a race of HTTP keep-alive,
 * not an answer); a crashed API refuses the retry as well.
 */
async function sendCase(fuzzCase: FuzzCase, options: FuzzRunOptions): Promise<FuzzAnswer> {
  const answer = await sendOnce(fuzzCase, options);
  return answer.failure?.includes('other side closed') ? sendOnce(fuzzCase, options) : answer;
}

async function sendOnce(fuzzCase: FuzzCase, options: FuzzRunOptions): Promise<FuzzAnswer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
  };
  const token = options.tokens[fuzzCase.actor];
  if (token) headers['authorization'] = `Bearer ${token}`;
  let status: number;
  let raw: string;
  const started = Date.now();
  try {
    const response = await fetch(`${options.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: fuzzCase.body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    status = response.status;
    raw = await response.text();
  } catch (error) {
    const failure = `no answer: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? '')}`.trim();
    return {
      status: 0,
      data: null,
      errors: [],
      raw: '',
      failure,
      milliseconds: Date.now() - started,
    };
  }
  try {
    const body = JSON.parse(raw) as {
      data?: Record<string, unknown> | null;
      errors?: GraphQLErrorShape[];
    };
    return {
      status,
      data: body.data ?? null,
      errors: body.errors ?? [],
      raw,
      milliseconds: Date.now() - started,
    };
  } catch {
    return {
      status,
      data: null,
      errors: [],
      raw,
      failure: `HTTP ${status} with a body that is not JSON: ${raw.slice(0, 200)}`,
      milliseconds: Date.now() - started,
    };
  }
}

function tally(report: FuzzRunReport, fuzzCase: FuzzCase, answer: FuzzAnswer): void {
  const status = answer.failure ? 'no answer' : String(answer.status);
  report.statuses[status] = (report.statuses[status] ?? 0) + 1;
  const row = (report.perOperation[`${fuzzCase.kind} ${fuzzCase.field}`] ??= {
    cases: 0,
    answered: 0,
    refused: 0,
    invalid: 0,
    milliseconds: 0,
  });
  row.cases++;
  row.milliseconds += answer.milliseconds;
  if (answer.status === 400) row.invalid++;
  else if (refused(fuzzCase, answer)) row.refused++;
  else row.answered++;
}

function shapeOf(value: unknown): { variableDepth: number; longestList: number } {
  if (!value || typeof value !== 'object') return { variableDepth: 0, longestList: 0 };
  const items = Object.values(value).map(shapeOf);
  return {
    variableDepth: 1 + Math.max(0, ...items.map((item) => item.variableDepth)),
    longestList: Math.max(Array.isArray(value) ? value.length : 0, ...items.map((item) => item.longestList)),
  };
}

async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
