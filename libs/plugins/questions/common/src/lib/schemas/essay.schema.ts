import { z } from 'zod';

export const essayConfigSchema = z
  .object({
    minWords: z.number().int().min(0).max(100_000).nullable().default(null),
    maxWords: z.number().int().min(1).max(100_000).nullable().default(null),
    /** Shown in the answer box when the attempt starts. */
    responseTemplate: z.string().max(20_000).default(''),
    /** For graders only: what a good answer contains. Never shown to learners. */
    graderInfo: z.string().max(20_000).default(''),
  })
  .refine(
    (config) =>
      config.minWords === null ||
      config.maxWords === null ||
      config.minWords <= config.maxWords,
    {
      message: 'The minimum word count must not exceed the maximum',
      path: ['minWords'],
    },
  );
export type EssayConfig = z.infer<typeof essayConfigSchema>;

export const essayResponseSchema = z.object({ text: z.string().max(100_000) });
export type EssayResponse = z.infer<typeof essayResponseSchema>;

export interface EssayView {
  minWords: number | null;
  maxWords: number | null;
  responseTemplate: string;
}
