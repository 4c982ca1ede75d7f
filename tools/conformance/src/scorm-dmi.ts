import { flattenItems, type ScormItem, type ScormManifest } from '@tunas/api/scorm-package';
import { guardScorm2004Api } from '@tunas/plugins/scorm/common';

/**
 * Drives scorm-again's SCORM 2004 runtime (the object a player exposes as `API_1484_11`) through the steps of
 * ADL's SCORM 2004 4th edition conformance suite, as decoded in the corpus (`DMI.decoded.json`). No browser:
 * the runtime is a plain object; the "LMS" around it is what ADL's test LMS would provide (launch data and
 * completion threshold from the manifest, a learner id, the state kept between the two launches of an
 * activity, the shared data stores of adl.data).
 */

export interface DmiStep {
  testcase: string;
  activity_variant: string;
  step: number;
  call: string;
  arg?: string;
  element?: string;
  value?: string;
  expect_return?: string;
  expect_value?: string;
  expect_error: string | null;
}

export interface StepResult {
  step: DmiStep;
  passed: boolean;
  actualReturn: string;
  actualError: string;
  note?: string;
}

/** The runtime API surface we call (scorm-again's Scorm2004API). */
interface Runtime {
  isInitialized(): boolean;
  isTerminated(): boolean;
  throwSCORMError(element: string | undefined, errorNumber: number | undefined, message?: string): void;
  Initialize(arg: string): string;
  Terminate(arg: string): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: string): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
  loadFromJSON(json: Record<string, unknown>, element?: string): void;
  cmi: { toJSON(): Record<string, unknown> };
  adl: {
    configureSharedDataMaps(maps: Array<{ targetID: string; readSharedData: boolean; writeSharedData: boolean }>): void;
    captureSharedDataSnapshot(): Record<string, string>;
    restoreSharedDataSnapshot(snapshot: Record<string, string>): void;
  };
}
type RuntimeConstructor = new (settings: Record<string, unknown>) => Runtime;

// scorm-again is an ES module package; its IIFE build for scorm2004 loads under Jest's CommonJS loader.
const { Scorm2004API } = require('scorm-again/scorm2004') as { Scorm2004API: RuntimeConstructor };

/** The learner the ADL test LMS registers (its decoded expectations read it back as "m"). */
const LEARNER_ID = 'm';

/** Java .properties escapes (`\u0057`) survive in the decoded JSON; the test LMS sees the decoded characters. */
function decodeProperties(value: string): string {
  return value.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const SHORT_NAMES: Record<string, string> = { P: 'pattern', R: 'result', LR: 'learner_response', TY: 'type' };

/**
 * Some elements keep the test suite's own shorthand: `X!TY.t` means "element X, compared as interaction type t",
 * `adl.data.&id&.store` means "the adl.data.n whose id is `id`", `{target=%s}.activity_2` is a format string.
 */
function resolveElement(element: string, dataTargets: string[]): { element: string; typeHint: string | null } {
  let typeHint: string | null = null;
  let resolved = element.replace(/\.([A-Z]+)!TY\.([a-z]+)$/, (_, short: string, type: string) => {
    typeHint = type;
    return `.${SHORT_NAMES[short] ?? short}`;
  });
  resolved = resolved.replace(/&([^&]+)&/, (_, target: string) => String(dataTargets.indexOf(target)));
  resolved = resolved.replace(/\{target=%s\}\.(.+)$/, (_, target: string) => `{target=${target}}`);
  return { element: resolved, typeHint };
}

const NAV_TYPES: Record<string, string> = { c: 'choice', j: 'jump' };
const NAV_SHORT: Record<string, string> = { 'N.sa': 'suspendAll', 'N.c': 'continue', 'N.p': 'previous', 'N.ex': 'exit', 'N.exa': 'exitAll', 'N.a': 'abandon', 'N.aa': 'abandonAll' };

/** adl.nav.request values keep the suite's shorthand: `tar~activity_1~TY.c` is `{target=activity_1}choice`. */
function resolveValue(element: string, value: string): string {
  if (element !== 'adl.nav.request') return value;
  const target = /^tar~(.+)~TY\.(\w+)$/.exec(value);
  if (target) return `{target=${target[1]}}${NAV_TYPES[target[2]] ?? target[2]}`;
  return NAV_SHORT[value] ?? value;
}

function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const sec = Math.round((seconds % 60) * 100) / 100;
  return `PT${h}H${m}M${sec}S`;
}

/** Seconds of an ISO 8601 duration (the SCORM timeinterval type), or null. */
function durationSeconds(value: string): number | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return null;
  const [y, mo, d, h, mi, sec] = m.slice(1).map((part) => Number(part ?? 0));
  return ((((y * 365 + mo * 30 + d) * 24 + h) * 60 + mi) * 60) + sec;
}

/**
 * The suite compares by type, not as raw text: `_children` lists are sets (their order is not specified), time
 * intervals and reals are compared by value, and "Returned a valid value or error code" accepts any answer.
 */
function sameValue(actual: string, expected: string, typeHint: string | null, element: string): boolean {
  if (actual === expected) return true;
  if (expected === 'Returned a valid value or error code') return true;
  // descriptors used by the API test case for GetErrorString / GetDiagnostic
  if (expected === 'A characterstring value less than 255 characters') return actual.length > 0 && actual.length < 255;
  if (expected === 'An empty characterstring value') return actual === '';
  if (element.endsWith('._children')) {
    return actual.split(',').sort().join(',') === expected.split(',').sort().join(',');
  }
  const [a, b] = [durationSeconds(actual), durationSeconds(expected)];
  if (a !== null && b !== null) return Math.abs(a - b) < 0.01;
  if (typeHint === 'n' || /^-?\d+(\.\d+)?$/.test(expected)) {
    return expected.trim() !== '' && Number(actual) === Number(expected);
  }
  return false;
}

function activityItem(manifest: ScormManifest, activity: number): ScormItem | undefined {
  const items = manifest.organizations.flatMap((org) => flattenItems(org.items)).filter((i) => i.launch !== null);
  return items[activity - 1];
}

/** Runs every step; activities are launched in the order the suite lists them, state kept between launches. */
export function runDmi(steps: DmiStep[], manifest: ScormManifest, options: { guard: boolean }): StepResult[] {
  const results: StepResult[] = [];
  const saved = new Map<number, { cmi: Record<string, unknown>; suspended: boolean; totalSeconds: number }>();
  let shared: Record<string, string> = {};
  const variants: string[] = [];
  for (const step of steps) if (!variants.includes(step.activity_variant)) variants.push(step.activity_variant);

  for (const variant of variants) {
    const activity = Number(/^Act(\d+)/.exec(variant)?.[1]);
    const item = activityItem(manifest, activity);
    const maps = item?.sharedDataMaps ?? [];
    const api = new Scorm2004API({ autocommit: false, lmsCommitUrl: false, logLevel: 5, uninitializedGetLogLevel: 5 });
    if (options.guard) guardScorm2004Api(api);
    const previous = saved.get(activity);
    const resume = previous?.suspended === true;
    api.loadFromJSON(
      {
        ...(resume ? previous.cmi : {}),
        total_time: formatDuration(resume ? previous.totalSeconds : 0),
        learner_id: LEARNER_ID,
        learner_name: '',
        credit: 'credit',
        mode: 'normal',
        entry: resume ? 'resume' : 'ab-initio',
        launch_data: item?.dataFromLMS ?? '',
        ...(item?.completionThreshold != null ? { completion_threshold: String(item.completionThreshold) } : {}),
        ...(item?.timeLimitAction ? { time_limit_action: item.timeLimitAction } : {}),
        ...(item?.maxTimeAllowed ? { max_time_allowed: item.maxTimeAllowed } : {}),
        ...(item?.scaledPassingScore != null ? { scaled_passing_score: String(item.scaledPassingScore) } : {}),
      },
      'cmi',
    );
    api.adl.configureSharedDataMaps(maps.map((m) => ({ targetID: m.targetId, readSharedData: m.readSharedData, writeSharedData: m.writeSharedData })));
    api.adl.restoreSharedDataSnapshot(shared);
    const targets = maps.map((m) => m.targetId);
    let lastExit = '';
    let navRequest = '';
    let sessionSeconds = 0;

    for (const step of steps.filter((s) => s.activity_variant === variant)) {
      let actualReturn = '';
      let note: string | undefined;
      let expected: string | undefined;
      let expectedError = step.expect_error ?? '0';
      let typeHint: string | null = null;
      let call = step.call;
      let element = step.element ?? '';
      if (!['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'].includes(call)) {
        // One step lost its "GET->" while being decoded: its call field is the element, arg the expected value.
        note = 'malformed step read as GetValue';
        element = call
          .replace(/^c~INTR~/, 'cmi.interactions.')
          .replace(/~CR~/, '.correct_responses.')
          .replace(/~/g, '.');
        call = 'GetValue';
        expected = step.arg;
        expectedError = step.expect_return ?? '0';
      }
      const resolved = resolveElement(element, targets);
      typeHint = resolved.typeHint;
      try {
        switch (call) {
          case 'Initialize':
          case 'Terminate':
          case 'Commit':
            actualReturn = api[call](step.arg ?? '');
            expected = step.expect_return;
            break;
          case 'GetValue':
            actualReturn = String(api.GetValue(resolved.element));
            expected ??= decodeProperties(step.expect_value ?? '');
            break;
          case 'SetValue': {
            const value = resolveValue(resolved.element, decodeProperties(step.value ?? ''));
            actualReturn = api.SetValue(resolved.element, value);
            expected = step.expect_return;
            if (actualReturn === 'true') {
              if (resolved.element === 'cmi.exit') lastExit = value;
              if (resolved.element === 'adl.nav.request') navRequest = value;
              if (resolved.element === 'cmi.session_time') sessionSeconds = durationSeconds(value) ?? 0;
            }
            break;
          }
          default:
            actualReturn = String((api as unknown as Record<string, (a: string) => string>)[call](step.arg ?? ''));
            expected = step.expect_return;
        }
      } catch (error) {
        actualReturn = `threw ${(error as Error).message}`;
      }
      const actualError = String(api.GetLastError());
      const passed = sameValue(actualReturn, expected ?? '', typeHint, resolved.element) && actualError === expectedError;
      results.push({ step, passed, actualReturn, actualError, note });
    }
    // The test SCO ends its session itself (not a recorded step); the LMS keeps what it committed.
    try {
      if (!api.isTerminated()) api.Terminate('');
      // The LMS keeps the attempt only when the learner suspends it (cmi.exit=suspend or a suspendAll request);
      // any other exit ends the attempt and the next launch starts a new one (entry=ab-initio, total_time 0).
      const suspended = lastExit === 'suspend' || navRequest === 'suspendAll';
      saved.set(activity, { cmi: api.cmi.toJSON(), suspended, totalSeconds: (resume ? previous.totalSeconds : 0) + sessionSeconds });
      shared = { ...shared, ...api.adl.captureSharedDataSnapshot() };
    } catch (error) {
      results.push({ step: { ...steps[0], activity_variant: variant, call: 'Terminate (not a suite step)' }, passed: false, actualReturn: '', actualError: '', note: `session could not end: ${(error as Error).message}` });
      saved.set(activity, { cmi: {}, suspended: false, totalSeconds: 0 });
    }
  }
  return results;
}
