import { z } from 'zod';
import type { LocalisedText } from './activity-type';

/** How a graded response came out, as Moodle names question states. */
export type GradedState = 'correct' | 'partial' | 'incorrect';

export interface QuestionGrade {
  /** In [0, 1]; the share of the question's mark the response earns (negative weights are floored at 0). */
  fraction: number;
  state: GradedState;
}

/** The question fields that every type shares, handed to a type's functions next to its own config. */
export interface QuestionContext {
  /** A seed fixed per attempt and question, so shuffles are stable across reloads and different per learner. */
  seed: number;
}

/**
 * Capabilities are declared, not probed: a type either grades automatically or waits for a person.
 */
export type QuestionGrading<TConfig, TResponse> =
  | { readonly mode: 'automatic'; grade(config: TConfig, response: TResponse): QuestionGrade }
  | { readonly mode: 'manual' };

/**
 * The contract of a question type, shared by the API, the portal and the import formats. Pure: schemas and
 * functions of the configuration and a response, no I/O and no memory between calls.
 *
 * @example
 * export const trueFalseQuestion = defineQuestionType({
 *   id: 'true-false',
 *   schemaVersion: 1,
 *   label: { id: 'Benar/Salah', en: 'True/false' },
 *   configSchema: z.object({ correct: z.boolean(), trueFeedback: z.string(), falseFeedback: z.string() }),
 *   responseSchema: z.object({ value: z.boolean() }),
 *   learnerView: () => ({}),
 *   isCompleteResponse: (_config, response) => typeof response.value === 'boolean',
 *   grading: { mode: 'automatic', grade: (config, response) => (response.value === config.correct ? { fraction: 1, state: 'correct' } : { fraction: 0, state: 'incorrect' }) },
 *   feedback: (config, response) => [response.value ? config.trueFeedback : config.falseFeedback].filter(Boolean),
 *   rightAnswer: (config) => ({ value: config.correct }),
 *   summariseResponse: (_config, response) => (response.value ? 'Benar' : 'Salah'),
 * });
 */
export interface QuestionTypeDefinition<TConfig = unknown, TResponse = unknown, TView = unknown> {
  /** Kebab-case, unique among installed question types, stored with every question version: never rename it. */
  readonly id: string;
  /** Version of the config and response shapes; bump it with a `migrateConfig` step when they change. */
  readonly schemaVersion: number;
  readonly label: LocalisedText;
  /** What a trainer authors, including the secrets (right answers, weights, feedback). */
  readonly configSchema: z.ZodType<TConfig>;
  /** What a learner sends. */
  readonly responseSchema: z.ZodType<TResponse>;
  /**
   * What a learner may see while answering: never a right answer, a weight or a feedback text. Shuffles use
   * `context.seed` so that the same attempt always shows the same order.
   */
  learnerView(config: TConfig, context: QuestionContext): TView;
  /** Whether the response answers the question fully enough to count as answered (Moodle's is_complete_response). */
  isCompleteResponse(config: TConfig, response: TResponse): boolean;
  readonly grading: QuestionGrading<TConfig, TResponse>;
  /** Feedback texts specific to this response (per-answer feedback), shown only when review allows feedback. */
  feedback(config: TConfig, response: TResponse): string[];
  /** A response that earns full marks, shown only when review allows the right answer. */
  rightAnswer(config: TConfig): TResponse;
  /** One line that stands for a response in statistics, gradebooks and exports (answer frequencies). */
  summariseResponse(config: TConfig, response: TResponse): string;
  /** Upgrades a stored config written under an older schemaVersion. */
  migrateConfig?(fromVersion: number, config: unknown): unknown;
}

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export class InvalidQuestionTypeError extends Error {}

/** Declares a question type and checks the declaration itself (id shape, version). */
export function defineQuestionType<TConfig, TResponse, TView>(definition: QuestionTypeDefinition<TConfig, TResponse, TView>): QuestionTypeDefinition<TConfig, TResponse, TView> {
  if (!definition.id || !KEBAB_CASE.test(definition.id)) {
    throw new InvalidQuestionTypeError(`Question type id "${definition.id}" must be kebab-case, like "multiple-choice"`);
  }
  if (!Number.isInteger(definition.schemaVersion) || definition.schemaVersion < 1) {
    throw new InvalidQuestionTypeError(`Question type "${definition.id}" needs a positive integer schemaVersion`);
  }
  return definition;
}

export class InvalidGradeError extends Error {}

/** A grade handed over by a plugin, checked at the boundary: the fraction must be a number in [0, 1]. */
export function checkGrade(grade: QuestionGrade, typeId: string): QuestionGrade {
  const { fraction, state } = grade ?? ({} as QuestionGrade);
  if (typeof fraction !== 'number' || Number.isNaN(fraction) || fraction < 0 || fraction > 1) {
    throw new InvalidGradeError(`Question type "${typeId}" graded a response ${String(fraction)}; the fraction must be a number in [0, 1]`);
  }
  if (state !== 'correct' && state !== 'partial' && state !== 'incorrect') {
    throw new InvalidGradeError(`Question type "${typeId}" returned the unknown state "${String(state)}"`);
  }
  return grade;
}

/** The state that goes with a fraction, for types whose state follows from the fraction alone. */
export function stateOfFraction(fraction: number): GradedState {
  if (fraction >= 1 - 1e-7) return 'correct';
  if (fraction <= 1e-7) return 'incorrect';
  return 'partial';
}

/** Clamps a sum of weights into [0, 1]: negative weights may cancel credit but never go below zero. */
export function floorFraction(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 1e7) / 1e7));
}

/**
 * A deterministic shuffle (mulberry32 driven Fisher-Yates): the same seed always gives the same order, so an
 * attempt shows its options in the same order after a reload, while two learners see different orders.
 */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyQuestionType = QuestionTypeDefinition<any, any, any>;

/**
 * A question as an import format reads it and an export format writes it: the fields every type shares
 * plus the type's own config. `line` is where it starts in the source file (1-based), for error reports.
 */
export interface QuestionDraft {
  type: string;
  name: string;
  /** The question text in `textFormat`. */
  text: string;
  textFormat: QuestionTextFormat;
  generalFeedback: string;
  /** The default mark, as Moodle's defaultgrade (1 unless the file says otherwise). */
  defaultMark: number;
  /** Category path from the bank's root, e.g. ['Manajemen Proyek', 'Risiko']; empty for the target category. */
  categoryPath: string[];
  tags: string[];
  config: unknown;
  line: number;
  /** Moodle's idnumber, kept when a file carries one. */
  idNumber?: string;
}

export type QuestionTextFormat = 'html' | 'markdown' | 'plain' | 'moodle';

export interface QuestionImportProblem {
  line: number;
  /** The question's name or the start of its text, so a trainer can find it. */
  question?: string;
  message: string;
}

export interface QuestionImportResult {
  questions: QuestionDraft[];
  /** Questions that could not be read; nothing of them is imported. */
  errors: QuestionImportProblem[];
  /** Things skipped or changed on the way that a trainer should know about (stray text, unsupported types). */
  warnings: QuestionImportProblem[];
}

/** A file format questions come in and go out as (GIFT, Aiken, Moodle XML). */
export interface QuestionFormat {
  readonly id: 'gift' | 'aiken' | 'moodle-xml';
  readonly label: string;
  parse(content: string): QuestionImportResult;
  /** Undefined when the format cannot write questions (Aiken writes only single-answer multiple choice). */
  write?(questions: readonly QuestionDraft[]): string;
}
