import { z } from 'zod';
import { answerTextSchema, localIdSchema } from './common.schema';

export const matchingConfigSchema = z
  .object({
    shuffleAnswers: z.boolean().default(true),
    /** Each prompt and the id of the answer that matches it. */
    pairs: z
      .array(
        z.object({
          id: localIdSchema,
          prompt: answerTextSchema.min(1, 'A matching prompt needs a text'),
          answerId: localIdSchema,
        }),
      )
      .min(2, 'A matching question needs at least two pairs')
      .max(50),
    /** Every answer a learner can pick, including distractors that match no prompt. */
    answers: z
      .array(
        z.object({
          id: localIdSchema,
          text: answerTextSchema.min(1, 'A matching answer needs a text'),
        }),
      )
      .min(2)
      .max(60),
  })
  .refine(
    (config) =>
      config.pairs.every((pair) =>
        config.answers.some((answer) => answer.id === pair.answerId),
      ),
    { message: 'Every prompt must match one of the answers', path: ['pairs'] },
  )
  .refine(
    (config) =>
      new Set(config.answers.map((answer) => answer.id)).size ===
      config.answers.length,
    { message: 'Answer ids must be unique', path: ['answers'] },
  )
  .refine(
    (config) =>
      new Set(config.pairs.map((pair) => pair.id)).size === config.pairs.length,
    { message: 'Prompt ids must be unique', path: ['pairs'] },
  );
export type MatchingConfig = z.infer<typeof matchingConfigSchema>;

/** Prompt id to chosen answer id. */
export const matchingResponseSchema = z.object({
  matches: z.record(localIdSchema, localIdSchema),
});
export type MatchingResponse = z.infer<typeof matchingResponseSchema>;

export interface MatchingView {
  prompts: Array<{ id: string; text: string }>;
  /** Shuffled by the attempt's seed; ids say nothing about which prompt they match. */
  answers: Array<{ id: string; text: string }>;
}
