import { z } from 'zod';
import { feedbackSchema, weightSchema } from './common.schema';

export const numericalConfigSchema = z.object({
  /**
   * Checked in order, the first match wins. An answer accepts `value ± tolerance`; a GIFT range `min..max` is
   * stored as its middle with half its width as tolerance, as Moodle does. A `null` value is Moodle's `*`
   * (any other number), used for feedback on every other response.
   */
  answers: z
    .array(
      z.object({
        value: z.number().finite().nullable(),
        tolerance: z.number().min(0).finite().default(0),
        fraction: weightSchema.min(0, 'Numerical weights are 0% to 100%'),
        feedback: feedbackSchema,
      }),
    )
    .min(1, 'A numerical question needs at least one answer')
    .max(50)
    .refine(
      (answers) =>
        answers.some(
          (answer) => answer.value !== null && answer.fraction >= 1 - 1e-7,
        ),
      'One answer must be worth 100%',
    ),
});
export type NumericalConfig = z.infer<typeof numericalConfigSchema>;

/** As typed, so that an Indonesian decimal comma ("3,5") is read right and a typo is shown back as typed. */
export const numericalResponseSchema = z.object({ text: z.string().max(100) });
export type NumericalResponse = z.infer<typeof numericalResponseSchema>;

export type NumericalView = Record<string, never>;
