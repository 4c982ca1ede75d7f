import type { QuizGradingMethod, QuizSettings, QuizState, ReviewFlags } from '@tunas/shared/contracts';
import { REVIEW_IMMEDIATELY_SECONDS } from '@tunas/shared/contracts';
import type { AttemptStatus, QuizAttemptEntity, SlotState } from '../entities';

export interface SlotOutcome {
  fraction: number | null;
  state: SlotState;
}

export interface AttemptTotals {
  status: AttemptStatus;
  marks: number;
  grade: number | null;
}

/** An attempt's marks from its slots; it stays NEEDS_GRADING while any response waits for a person. */
export function totalsOf(slots: ReadonlyArray<{ fraction: number | null; state: SlotState | null; maxMark: number }>, maxMarks: number): AttemptTotals {
  const waiting = slots.some((slot) => slot.state === 'needsGrading');
  const marks = round(slots.reduce((sum, slot) => sum + (slot.fraction ?? 0) * slot.maxMark, 0));
  return { status: waiting ? 'NEEDS_GRADING' : 'GRADED', marks, grade: waiting ? null : maxMarks > 0 ? round(marks / maxMarks) : 0 };
}

/** The quiz grade over finished attempts, by the grading method (Moodle's highest, average, first, last). */
export function quizGrade(method: QuizGradingMethod, attempts: ReadonlyArray<Pick<QuizAttemptEntity, 'number' | 'status' | 'grade'>>): number | null {
  const finished = [...attempts].filter((attempt) => attempt.status !== 'IN_PROGRESS').sort((a, b) => a.number - b.number);
  const graded = finished.filter((attempt) => attempt.status === 'GRADED' && attempt.grade !== null).map((attempt) => attempt.grade as number);
  switch (method) {
    case 'HIGHEST':
      return graded.length ? Math.max(...graded) : null;
    case 'AVERAGE':
      return graded.length ? round(graded.reduce((sum, grade) => sum + grade, 0) / graded.length) : null;
    case 'FIRST':
      return finished[0]?.status === 'GRADED' ? finished[0].grade : null;
    case 'LAST': {
      const last = finished[finished.length - 1];
      return last?.status === 'GRADED' ? last.grade : null;
    }
  }
}

/** Whether a grade in [0, 1] reaches the quiz's passing grade (a percentage); no grade never passes. */
export function passes(settings: Pick<QuizSettings, 'passingGrade'>, grade: number | null): boolean {
  return grade !== null && grade * 100 >= settings.passingGrade - 1e-9;
}

export function quizState(settings: QuizSettings, attempts: ReadonlyArray<Pick<QuizAttemptEntity, 'number' | 'status' | 'grade'>>): QuizState {
  const grade = quizGrade(settings.gradingMethod, attempts);
  return {
    grade,
    passed: passes(settings, grade),
    finishedAttempts: attempts.filter((attempt) => attempt.status !== 'IN_PROGRESS').length,
    awaitingGrading: attempts.some((attempt) => attempt.status === 'NEEDS_GRADING'),
  };
}

const ALL: ReviewFlags = { responses: true, score: true, correctness: true, feedback: true, rightAnswer: true };
const NOTHING: ReviewFlags = { responses: false, score: false, correctness: false, feedback: false, rightAnswer: false };

/** What the learner may see of a finished attempt at `now`, by the server clock. */
export function reviewFlagsAt(settings: QuizSettings, submittedAt: Date | null, now: Date): ReviewFlags {
  if (!submittedAt) return NOTHING;
  const closeAt = settings.closeAt ? Date.parse(settings.closeAt) : null;
  if (closeAt !== null && now.getTime() > closeAt) return settings.reviewOptions.afterClose;
  if (now.getTime() - submittedAt.getTime() <= REVIEW_IMMEDIATELY_SECONDS * 1000) return settings.reviewOptions.immediately;
  return settings.reviewOptions.later;
}

export const TRAINER_REVIEW: ReviewFlags = ALL;

export function round(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}
