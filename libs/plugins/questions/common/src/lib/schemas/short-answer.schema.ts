import { z } from 'zod';
import { feedbackSchema, weightSchema } from './common.schema';

export const shortAnswerConfigSchema = z.object({
  caseSensitive: z.boolean().default(false),
  /** Checked in order, the first match wins; `*` in an answer matches any run of characters. */
  answers: z
    .array(
      z.object({
        text: z
          .string()
          .trim()
          .min(1, 'An accepted answer cannot be empty')
          .max(1000),
        fraction: weightSchema.min(0, 'Short-answer weights are 0% to 100%'),
        feedback: feedbackSchema,
      }),
    )
    .min(1, 'A short-answer question needs at least one accepted answer')
    .max(100)
    .refine(
      (answers) => answers.some((answer) => answer.fraction >= 1 - 1e-7),
      'One accepted answer must be worth 100%',
    ),
});
export type ShortAnswerConfig = z.infer<typeof shortAnswerConfigSchema>;

export const shortAnswerResponseSchema = z.object({
  text: z.string().max(1000),
});
export type ShortAnswerResponse = z.infer<typeof shortAnswerResponseSchema>;

export type ShortAnswerView = Record<string, never>;
