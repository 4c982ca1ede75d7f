import { Inject, Injectable } from '@nestjs/common';
import { AnyQuestionType, checkGrade, QuestionFormat, QuestionGrade } from '@tunas/shared/plugin-sdk';
import { z } from 'zod';
import { ActivityPayloadError } from './activity-type.registry';

export const QUESTION_TYPES = Symbol('QUESTION_TYPES');
export const QUESTION_FORMATS = Symbol('QUESTION_FORMATS');

export class QuestionTypeRegistryError extends Error {}

/**
 * The installed question types and import/export formats, built once from apps/api/src/plugins.ts. Refuses to
 * start on a duplicate id. Every value a plugin hands back is checked here, at the boundary.
 */
@Injectable()
export class QuestionTypeRegistry {
  private readonly types = new Map<string, AnyQuestionType>();
  private readonly formats = new Map<string, QuestionFormat>();

  constructor(@Inject(QUESTION_TYPES) types: readonly AnyQuestionType[], @Inject(QUESTION_FORMATS) formats: readonly QuestionFormat[]) {
    for (const type of types) {
      if (!type?.id) throw new QuestionTypeRegistryError('An installed question type has no id; check apps/api/src/plugins.ts');
      if (this.types.has(type.id)) throw new QuestionTypeRegistryError(`Question type "${type.id}" is installed twice; check apps/api/src/plugins.ts`);
      this.types.set(type.id, type);
    }
    for (const format of formats) {
      if (this.formats.has(format.id)) throw new QuestionTypeRegistryError(`Question format "${format.id}" is installed twice`);
      this.formats.set(format.id, format);
    }
  }

  ids(): string[] {
    return [...this.types.keys()];
  }

  all(): AnyQuestionType[] {
    return [...this.types.values()];
  }

  has(id: string): boolean {
    return this.types.has(id);
  }

  get(id: string): AnyQuestionType {
    const type = this.types.get(id);
    if (!type) throw new QuestionTypeRegistryError(`Question type "${id}" is not installed (installed: ${this.ids().join(', ')})`);
    return type;
  }

  format(id: string): QuestionFormat {
    const format = this.formats.get(id);
    if (!format) throw new QuestionTypeRegistryError(`Question format "${id}" is not installed`);
    return format;
  }

  /** Validates an authored config; throws ActivityPayloadError naming the fields. */
  parseConfig(typeId: string, raw: unknown): unknown {
    return parse(this.get(typeId).configSchema, raw, typeId);
  }

  parseResponse(typeId: string, raw: unknown): unknown {
    return parse(this.get(typeId).responseSchema, raw, typeId);
  }

  isManual(typeId: string): boolean {
    return this.get(typeId).grading.mode === 'manual';
  }

  /** Grades a response automatically, or returns null for manually graded types. */
  grade(typeId: string, config: unknown, response: unknown): QuestionGrade | null {
    const type = this.get(typeId);
    if (type.grading.mode === 'manual') return null;
    return checkGrade(type.grading.grade(config, response), typeId);
  }
}

function parse<T>(schema: z.ZodType<T>, raw: unknown, typeId: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new ActivityPayloadError(
    typeId,
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}
