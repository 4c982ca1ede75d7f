import { z } from 'zod';
import { feedbackSchema } from './common.schema';

export const trueFalseConfigSchema = z.object({
  correct: z.boolean(),
  /** Shown when the learner answered "true". */
  trueFeedback: feedbackSchema,
  /** Shown when the learner answered "false". */
  falseFeedback: feedbackSchema,
});
export type TrueFalseConfig = z.infer<typeof trueFalseConfigSchema>;

export const trueFalseResponseSchema = z.object({ value: z.boolean() });
export type TrueFalseResponse = z.infer<typeof trueFalseResponseSchema>;

export type TrueFalseView = Record<string, never>;
