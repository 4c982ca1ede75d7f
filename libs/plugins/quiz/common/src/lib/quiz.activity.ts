import { type QuizSettings, quizSettingsSchema, type QuizState, quizStateSchema } from '@tunas/shared/contracts';
import { defineActivityType } from '@tunas/shared/plugin-sdk';
import type { z } from 'zod';

export const INITIAL_QUIZ_STATE: QuizState = { grade: null, passed: false, finishedAttempts: 0, awaitingGrading: false };

/**
 * A quiz: questions from a bank, attempts run by the quiz engine. Only the server writes its state (the grade
 * of graded attempts), and it is complete once passed.
 */
export const quizActivity = defineActivityType<QuizSettings, QuizState>({
  id: 'quiz',
  schemaVersion: 1,
  label: { id: 'Kuis', en: 'Quiz' },
  // The settings schema fills defaults, so its input and output types differ; stored content is the output.
  contentSchema: quizSettingsSchema as unknown as z.ZodType<QuizSettings>,
  stateSchema: quizStateSchema,
  initialState: () => INITIAL_QUIZ_STATE,
  completionMode: 'score',
  scored: true,
  serverOwnedState: true,
  completion: (_content, state) => (state.passed ? 1 : 0),
  // The engine recomputes the whole state from the attempts, so the newest one is always the truth.
  mergeState: (_stored, incoming) => incoming,
});

/** What a learner sees of the quiz settings in the course outline: no bank or question ids. */
export interface QuizLearnerContent {
  intro: string;
  questionCount: number;
  timeLimitMinutes: number | null;
  attemptsAllowed: number;
  openAt: string | null;
  closeAt: string | null;
  passingGrade: number;
  gradingMethod: QuizSettings['gradingMethod'];
}

export function quizLearnerContent(settings: QuizSettings): QuizLearnerContent {
  return {
    intro: settings.intro,
    questionCount: settings.slots.reduce((sum, slot) => sum + (slot.kind === 'random' ? slot.count : 1), 0),
    timeLimitMinutes: settings.timeLimitMinutes,
    attemptsAllowed: settings.attemptsAllowed,
    openAt: settings.openAt,
    closeAt: settings.closeAt,
    passingGrade: settings.passingGrade,
    gradingMethod: settings.gradingMethod,
  };
}
