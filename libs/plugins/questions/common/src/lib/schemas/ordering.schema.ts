import { z } from 'zod';
import { answerTextSchema, localIdSchema } from './common.schema';

export const orderingConfigSchema = z
  .object({
    /** In the right order. */
    items: z
      .array(
        z.object({
          id: localIdSchema,
          text: answerTextSchema.min(1, 'An item needs a text'),
        }),
      )
      .min(2, 'An ordering question needs at least two items')
      .max(50),
    /** `allOrNothing`: full marks only for the whole order; `absolutePosition`: the share of items in their right place. */
    gradingMode: z
      .enum(['allOrNothing', 'absolutePosition'])
      .default('absolutePosition'),
  })
  .refine(
    (config) =>
      new Set(config.items.map((item) => item.id)).size === config.items.length,
    { message: 'Item ids must be unique', path: ['items'] },
  );
export type OrderingConfig = z.infer<typeof orderingConfigSchema>;

export const orderingResponseSchema = z.object({
  order: z.array(localIdSchema).max(50),
});
export type OrderingResponse = z.infer<typeof orderingResponseSchema>;

export interface OrderingView {
  /** The starting order shown to the learner, shuffled by the attempt's seed (never the right order when avoidable). */
  items: Array<{ id: string; text: string }>;
}
