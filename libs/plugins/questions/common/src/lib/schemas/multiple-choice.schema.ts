import { z } from 'zod';
import {
  answerTextSchema,
  feedbackSchema,
  localIdSchema,
  weightSchema,
} from './common.schema';

export const multipleChoiceConfigSchema = z
  .object({
    /** One answer (radio buttons) or several (check boxes). */
    single: z.boolean(),
    shuffleAnswers: z.boolean().default(true),
    answerNumbering: z.enum(['abc', 'ABCD', '123', 'none']).default('abc'),
    choices: z
      .array(
        z.object({
          id: localIdSchema,
          text: answerTextSchema.min(1, 'A choice needs a text'),
          fraction: weightSchema,
          feedback: feedbackSchema,
        }),
      )
      .min(2, 'A multiple-choice question needs at least two choices')
      .max(50),
    correctFeedback: feedbackSchema,
    partiallyCorrectFeedback: feedbackSchema,
    incorrectFeedback: feedbackSchema,
  })
  .refine(
    (config) =>
      new Set(config.choices.map((choice) => choice.id)).size ===
      config.choices.length,
    { message: 'Choice ids must be unique', path: ['choices'] },
  )
  .refine(
    (config) =>
      config.single
        ? config.choices.some((choice) => choice.fraction >= 1 - 1e-7)
        : config.choices.reduce(
            (sum, choice) => sum + Math.max(0, choice.fraction),
            0,
          ) >=
          1 - 1e-4,
    {
      message:
        'A right answer must be possible: one choice at 100% (single answer), or positive weights adding up to 100% (multiple answers)',
      path: ['choices'],
    },
  );
export type MultipleChoiceConfig = z.infer<typeof multipleChoiceConfigSchema>;

export const multipleChoiceResponseSchema = z.object({
  choiceIds: z.array(localIdSchema).max(50),
});
export type MultipleChoiceResponse = z.infer<
  typeof multipleChoiceResponseSchema
>;

export interface MultipleChoiceView {
  single: boolean;
  answerNumbering: MultipleChoiceConfig['answerNumbering'];
  /** In display order (shuffled by the attempt's seed when the question shuffles). */
  choices: Array<{ id: string; text: string }>;
}
