import type { ScormCompletionStatus, ScormSuccessStatus } from '@tunas/shared/contracts';

/** The whole committed JSON, as the player sends it (scorm-again's `renderCommitCMI`). */
export const CMI_MAX_CHARS = 256_000;
/** `cmi.suspend_data`: SCORM 1.2 allows 4096 characters, 2004 (4th edition) 64000. */
const SUSPEND_DATA_MAX: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64_000 };
const MAX_DEPTH = 8;
const MAX_STRING = 64_000;
const NAME = /^[a-z0-9_]{1,64}$/i;

export type ScormVersion = '1.2' | '2004';

/** What the server keeps as columns, derived from one commit. */
export interface NormalisedCmi {
  completionStatus: ScormCompletionStatus;
  successStatus: ScormSuccessStatus;
  scoreScaled: number | null;
  scoreRaw: number | null;
  location: string | null;
  sessionSeconds: number;
}

export class CmiProblem extends Error {}

/**
 * Parses and bounds committed runtime data: a JSON object `{ cmi: {...}, adl?: {...} }` of data-model names
 * (letters, digits, underscores; arrays keyed by index) holding strings, numbers or booleans, not too deep and not
 * too large. Throws a `CmiProblem` naming what is wrong.
 */
export function parseCmi(version: ScormVersion, json: string): Record<string, unknown> {
  if (json.length > CMI_MAX_CHARS) throw new CmiProblem(`it has ${json.length} characters, more than ${CMI_MAX_CHARS}`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new CmiProblem('it is not JSON');
  }
  if (!isRecord(value) || !isRecord(value['cmi'])) throw new CmiProblem('it must be an object with a "cmi" object');
  for (const key of Object.keys(value)) if (key !== 'cmi' && key !== 'adl') throw new CmiProblem(`"${key.slice(0, 64)}" is not a SCORM data model root`);
  checkTree(value, '', 0);
  const suspend = value['cmi']['suspend_data'];
  if (typeof suspend === 'string' && suspend.length > SUSPEND_DATA_MAX[version]) {
    throw new CmiProblem(`cmi.suspend_data has ${suspend.length} characters; SCORM ${version} allows ${SUSPEND_DATA_MAX[version]}`);
  }
  return value;
}

function checkTree(node: Record<string, unknown>, path: string, depth: number): void {
  if (depth > MAX_DEPTH) throw new CmiProblem(`${path} is nested too deeply`);
  for (const [key, child] of Object.entries(node)) {
    const name = path ? `${path}.${key}` : key;
    if (!NAME.test(key)) throw new CmiProblem(`"${name.slice(0, 200)}" is not a SCORM data model name`);
    if (isRecord(child)) checkTree(child, name, depth + 1);
    else if (Array.isArray(child)) {
      child.forEach((item, index) => {
        if (!isRecord(item)) throw new CmiProblem(`${name}.${index} must be an object`);
        checkTree(item, `${name}.${index}`, depth + 1);
      });
    } else if (typeof child === 'string') {
      if (child.length > MAX_STRING) throw new CmiProblem(`${name} is longer than ${MAX_STRING} characters`);
    } else if (child !== null && typeof child !== 'number' && typeof child !== 'boolean') {
      throw new CmiProblem(`${name} has an unsupported value`);
    }
  }
}

/**
 * The statuses, score, location and session time of committed runtime data, the same for both versions: SCORM 1.2's
 * single `lesson_status` splits into completion and success, a raw score within min/max (1.2: 0..100 by default)
 * becomes a scaled one when the package reports no scaled score, and a mastery score decides success when the
 * package reports a score but no success of its own.
 */
export function normaliseCmi(version: ScormVersion, data: Record<string, unknown>, masteryScore?: number): NormalisedCmi {
  const cmi = record(data['cmi']);
  const core = version === '1.2' ? record(cmi['core']) : cmi;
  const score = record(core['score']);
  const raw = numberOf(score['raw']);
  const min = numberOf(score['min']) ?? 0;
  const max = numberOf(score['max']) ?? (version === '1.2' ? 100 : null);
  let scoreScaled = version === '2004' ? numberOf(score['scaled']) : null;
  if (scoreScaled === null && raw !== null && max !== null && max > min) scoreScaled = (raw - min) / (max - min);
  if (scoreScaled !== null) scoreScaled = Math.min(1, Math.max(0, scoreScaled));
  let completionStatus: ScormCompletionStatus;
  let successStatus: ScormSuccessStatus;
  if (version === '1.2') {
    [completionStatus, successStatus] = lessonStatus(stringOf(core['lesson_status']));
  } else {
    completionStatus = oneOf(stringOf(cmi['completion_status']), ['completed', 'incomplete', 'not attempted', 'unknown'], 'unknown');
    successStatus = oneOf(stringOf(cmi['success_status']), ['passed', 'failed', 'unknown'], 'unknown');
  }
  const mastery = masteryScore ?? (version === '1.2' ? scaledMastery(numberOf(record(cmi['student_data'])['mastery_score'])) : numberOf(cmi['scaled_passing_score']));
  if (successStatus === 'unknown' && scoreScaled !== null && mastery !== null && completionStatus === 'completed') {
    successStatus = scoreScaled >= mastery ? 'passed' : 'failed';
  }
  const location = stringOf(version === '1.2' ? core['lesson_location'] : cmi['location']);
  const sessionTime = stringOf(core['session_time']);
  return {
    completionStatus,
    successStatus,
    scoreScaled,
    scoreRaw: raw,
    location: location ? location.slice(0, 1000) : null,
    sessionSeconds: sessionTime ? (version === '1.2' ? timespanSeconds(sessionTime) : durationSeconds(sessionTime)) : 0,
  };
}

function lessonStatus(status: string | null): [ScormCompletionStatus, ScormSuccessStatus] {
  switch (status) {
    case 'passed':
      return ['completed', 'passed'];
    case 'failed':
      return ['completed', 'failed'];
    case 'completed':
      return ['completed', 'unknown'];
    case 'incomplete':
    case 'browsed':
      return ['incomplete', 'unknown'];
    default:
      return ['not attempted', 'unknown'];
  }
}

function scaledMastery(value: number | null): number | null {
  return value === null ? null : value / 100;
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS`. */
export function timespanSeconds(value: string): number {
  const match = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(value.trim());
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : 0;
}

/** SCORM 2004 timeinterval, an ISO 8601 duration such as `PT1H2M3.5S` (a year counts 365 days, a month 30). */
export function durationSeconds(value: string): number {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value.trim());
  if (!match) return 0;
  const [, years, months, days, hours, minutes, seconds] = match.map((part) => Number(part ?? 0));
  return ((years * 365 + months * 30 + days) * 24 + hours) * 3600 + minutes * 60 + seconds;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * The committed data to load into the runtime when the learner resumes: without the previous session's time,
 * entry and exit (the runtime starts a new session), and with the total time the server kept.
 */
export function resumeData(version: ScormVersion, data: Record<string, unknown>, totalSeconds: number): Record<string, unknown> {
  const copy = structuredClone(data);
  const cmi = record(copy['cmi']);
  const session = version === '1.2' ? record(cmi['core']) : cmi;
  delete session['session_time'];
  delete session['entry'];
  delete session['exit'];
  session['total_time'] = version === '1.2' ? formatTimespan(totalSeconds) : `PT${Math.round(totalSeconds * 100) / 100}S`;
  return copy;
}

function formatTimespan(totalSeconds: number): string {
  const hours = Math.min(9999, Math.floor(totalSeconds / 3600));
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = Math.floor(totalSeconds % 60);
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
