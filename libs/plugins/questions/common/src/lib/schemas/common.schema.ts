import { z } from 'zod';

/** Short stable ids for choices, items and pairs inside one question (not UUIDs: they travel in every response). */
export const localIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]{1,40}$/,
    'An id is 1 to 40 letters, digits, "-" or "_"',
  );

/** A weight in [-1, 1] (Moodle's answer fraction, e.g. 1, 0.5, 0.3333333, -0.5). */
export const weightSchema = z
  .number()
  .min(-1, 'A weight is at least -100%')
  .max(1, 'A weight is at most 100%');

export const feedbackSchema = z.string().max(5000).default('');

/** Answer texts are HTML fragments in the question's text format, sanitised by the server before learners see them. */
export const answerTextSchema = z.string().max(5000);
