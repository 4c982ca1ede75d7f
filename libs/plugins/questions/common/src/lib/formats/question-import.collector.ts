import type { QuestionDraft, QuestionImportProblem, QuestionImportResult, QuestionTextFormat } from '@tunas/shared/plugin-sdk';
import type { z } from 'zod';
import {
  essayConfigSchema,
  matchingConfigSchema,
  multipleChoiceConfigSchema,
  numericalConfigSchema,
  orderingConfigSchema,
  QUESTION_TYPE_IDS,
  shortAnswerConfigSchema,
  trueFalseConfigSchema,
} from '../schemas';

export type QuestionTypeId = (typeof QUESTION_TYPE_IDS)[keyof typeof QUESTION_TYPE_IDS];

const CONFIG_SCHEMAS: Record<QuestionTypeId, z.ZodType> = {
  [QUESTION_TYPE_IDS.multipleChoice]: multipleChoiceConfigSchema,
  [QUESTION_TYPE_IDS.trueFalse]: trueFalseConfigSchema,
  [QUESTION_TYPE_IDS.shortAnswer]: shortAnswerConfigSchema,
  [QUESTION_TYPE_IDS.numerical]: numericalConfigSchema,
  [QUESTION_TYPE_IDS.matching]: matchingConfigSchema,
  [QUESTION_TYPE_IDS.ordering]: orderingConfigSchema,
  [QUESTION_TYPE_IDS.essay]: essayConfigSchema,
};

function isQuestionTypeId(type: string): type is QuestionTypeId {
  return Object.prototype.hasOwnProperty.call(CONFIG_SCHEMAS, type);
}

/** A question as a parser builds it, before its config has been checked against the type's schema. */
export interface DraftCandidate extends Omit<QuestionDraft, 'type'> {
  type: QuestionTypeId;
}

/** Gathers the questions, errors and warnings of one import; a question whose config fails its schema becomes an error. */
export class QuestionImportCollector {
  private readonly questions: QuestionDraft[] = [];
  private readonly errors: QuestionImportProblem[] = [];
  private readonly warnings: QuestionImportProblem[] = [];

  error(line: number, message: string, question?: string): void {
    this.errors.push(question ? { line, question, message } : { line, message });
  }

  warn(line: number, message: string, question?: string): void {
    this.warnings.push(question ? { line, question, message } : { line, message });
  }

  add(candidate: DraftCandidate): void {
    if (!isQuestionTypeId(candidate.type)) {
      this.error(candidate.line, `Unknown question type "${String(candidate.type)}"`, questionLabel(candidate.name, candidate.text));
      return;
    }
    const parsed = CONFIG_SCHEMAS[candidate.type].safeParse(candidate.config);
    if (!parsed.success) {
      const message = parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
      this.error(candidate.line, message, questionLabel(candidate.name, candidate.text));
      return;
    }
    this.questions.push({ ...candidate, config: parsed.data });
  }

  result(): QuestionImportResult {
    return { questions: [...this.questions], errors: [...this.errors], warnings: [...this.warnings] };
  }
}

/**
 * Runs a parser so that no input can make it throw: an unexpected failure becomes an error at line 1 and
 * whatever was read before it is dropped, because a half-read file is worse than a clear refusal.
 */
export function parseSafely(content: unknown, parse: (content: string, collector: QuestionImportCollector) => void): QuestionImportResult {
  const collector = new QuestionImportCollector();
  try {
    if (typeof content !== 'string') {
      collector.error(1, 'The file content must be text');
      return collector.result();
    }
    parse(content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), collector);
    return collector.result();
  } catch (error) {
    const failed = new QuestionImportCollector();
    failed.error(1, `The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return failed.result();
  }
}

/** Short deterministic ids for one question's choices, pairs or items: 'a1', 'a2', ... */
export function localIdSequence(prefix: string): () => string {
  let count = 0;
  return () => `${prefix}${++count}`;
}

/** The name Moodle gives a question that has none: the start of its text, without markup. */
export function defaultQuestionName(text: string, fallback = 'Question'): string {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return fallback;
  return plain.length > 80 ? `${plain.slice(0, 77).trimEnd()}...` : plain;
}

/** What a trainer recognises a question by in an error list. */
export function questionLabel(name: string, text: string): string {
  return name || defaultQuestionName(text, '');
}

/** Moodle's weights are stored with 7 decimals; rounding keeps 33.33333% and 1/3 comparable after a round trip. */
export function roundFraction(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

export const TEXT_FORMATS: readonly QuestionTextFormat[] = ['html', 'markdown', 'plain', 'moodle'];
