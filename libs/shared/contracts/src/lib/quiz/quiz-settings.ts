import { z } from 'zod';

/** What a learner may see when reviewing an attempt, at one moment (Moodle's review options). */
export const reviewFlagsSchema = z.object({
  /** The learner's own responses. */
  responses: z.boolean(),
  /** Marks per question and the total score. */
  score: z.boolean(),
  /** Whether each response was right, partly right or wrong. */
  correctness: z.boolean(),
  /** Per-answer and general feedback. */
  feedback: z.boolean(),
  /** The right answers. */
  rightAnswer: z.boolean(),
});
export type ReviewFlags = z.infer<typeof reviewFlagsSchema>;

/**
 * When review is judged, by the server clock: `immediately` in the two minutes after submission, `later` after
 * that while the quiz is open, `afterClose` once the close date has passed (or, with no close date, never
 * distinct from `later`).
 */
export const reviewOptionsSchema = z.object({
  immediately: reviewFlagsSchema,
  later: reviewFlagsSchema,
  afterClose: reviewFlagsSchema,
});
export type ReviewOptions = z.infer<typeof reviewOptionsSchema>;

export const REVIEW_IMMEDIATELY_SECONDS = 120;

export const QUIZ_GRADING_METHODS = ['HIGHEST', 'AVERAGE', 'FIRST', 'LAST'] as const;
export type QuizGradingMethod = (typeof QUIZ_GRADING_METHODS)[number];

const positiveMark = z.number().positive('A mark must be above 0').max(1000);

/** A question placed in a quiz: a fixed question or a random draw from a category. */
export const quizSlotSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), questionId: z.string().uuid(), mark: positiveMark.optional() }),
  z.object({
    kind: z.literal('random'),
    categoryId: z.string().uuid(),
    includeSubcategories: z.boolean().default(false),
    count: z.number().int().min(1).max(200),
    mark: positiveMark.optional(),
  }),
]);
export type QuizSlot = z.infer<typeof quizSlotSchema>;

const isoDate = z.string().datetime({ offset: true, message: 'Use an ISO 8601 date and time, e.g. 2026-12-01T08:00:00+07:00' });

export const DEFAULT_REVIEW_OPTIONS: ReviewOptions = {
  immediately: { responses: true, score: true, correctness: true, feedback: true, rightAnswer: false },
  later: { responses: true, score: true, correctness: true, feedback: true, rightAnswer: false },
  afterClose: { responses: true, score: true, correctness: true, feedback: true, rightAnswer: true },
};

/** The settings of a quiz activity: what a trainer authors and what the quiz engine runs. */
export const quizSettingsSchema = z
  .object({
    intro: z.string().max(5000).default(''),
    /** The bank its fixed questions and random draws come from. */
    bankId: z.string().uuid(),
    slots: z.array(quizSlotSchema).min(1, 'A quiz needs at least one question').max(200),
    shuffleQuestions: z.boolean().default(false),
    shuffleAnswers: z.boolean().default(true),
    /** 0 puts every question on one page. */
    questionsPerPage: z.number().int().min(0).max(50).default(1),
    /** 0 allows unlimited attempts. */
    attemptsAllowed: z.number().int().min(0).max(100).default(0),
    timeLimitMinutes: z.number().int().min(1).max(600).nullable().default(null),
    openAt: isoDate.nullable().default(null),
    closeAt: isoDate.nullable().default(null),
    /** Percentage of the maximum grade needed to pass; 0 means any finished attempt passes. */
    passingGrade: z.number().min(0).max(100).default(0),
    gradingMethod: z.enum(QUIZ_GRADING_METHODS).default('HIGHEST'),
    reviewOptions: reviewOptionsSchema.default(DEFAULT_REVIEW_OPTIONS),
  })
  .refine((settings) => !settings.openAt || !settings.closeAt || Date.parse(settings.openAt) < Date.parse(settings.closeAt), {
    message: 'The quiz must open before it closes',
    path: ['closeAt'],
  });
export type QuizSettings = z.infer<typeof quizSettingsSchema>;
export type QuizSettingsInput = z.input<typeof quizSettingsSchema>;

/** What the server keeps per learner on the quiz activity; only the quiz engine writes it. */
export const quizStateSchema = z.object({
  /** The quiz grade in [0, 1] by the grading method, null before any graded attempt. */
  grade: z.number().min(0).max(1).nullable(),
  passed: z.boolean(),
  finishedAttempts: z.number().int().min(0),
  /** An attempt waits for an essay to be graded. */
  awaitingGrading: z.boolean(),
});
export type QuizState = z.infer<typeof quizStateSchema>;
