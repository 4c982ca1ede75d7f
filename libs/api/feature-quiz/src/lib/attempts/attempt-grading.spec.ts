import { DEFAULT_REVIEW_OPTIONS, quizSettingsSchema } from '@tunas/shared/contracts';
import { quizGrade, quizState, reviewFlagsAt, totalsOf } from './attempt-grading';

const settings = (overrides: object = {}) =>
  quizSettingsSchema.parse({ bankId: '0f5c2f4e-9a57-4f8b-8d0e-6b1b7c9f2a10', slots: [{ kind: 'fixed', questionId: '1a6d3e5f-0b68-4c9a-9e1f-7c2c8d0a3b21' }], ...overrides });

describe('attempt totals', () => {
  it('adds marks by fraction and max mark, and grades them against the maximum', () => {
    expect(totalsOf([{ fraction: 1, state: 'correct', maxMark: 2 }, { fraction: 0.5, state: 'partial', maxMark: 2 }, { fraction: 0, state: 'incorrect', maxMark: 1 }], 5)).toEqual({ status: 'GRADED', marks: 3, grade: 0.6 });
  });

  it('waits for a person while an essay is ungraded, and has no grade until then', () => {
    expect(totalsOf([{ fraction: 1, state: 'correct', maxMark: 1 }, { fraction: null, state: 'needsGrading', maxMark: 4 }], 5)).toEqual({ status: 'NEEDS_GRADING', marks: 1, grade: null });
  });
});

describe('quiz grade by grading method', () => {
  const attempts = [
    { number: 1, status: 'GRADED' as const, grade: 0.4 },
    { number: 2, status: 'GRADED' as const, grade: 0.9 },
    { number: 3, status: 'GRADED' as const, grade: 0.5 },
    { number: 4, status: 'IN_PROGRESS' as const, grade: null },
  ];
  it.each([
    ['HIGHEST', 0.9],
    ['AVERAGE', 0.6],
    ['FIRST', 0.4],
    ['LAST', 0.5],
  ] as const)('%s', (method, expected) => {
    expect(quizGrade(method, attempts)).toBeCloseTo(expected, 7);
  });

  it('has no grade before any attempt is graded', () => {
    expect(quizGrade('HIGHEST', [{ number: 1, status: 'NEEDS_GRADING', grade: null }])).toBeNull();
  });

  it('passes at the passing grade exactly, and reports attempts waiting for grading', () => {
    expect(quizState(settings({ passingGrade: 60 }), [{ number: 1, status: 'GRADED', grade: 0.6 }])).toEqual({ grade: 0.6, passed: true, finishedAttempts: 1, awaitingGrading: false });
    expect(quizState(settings({ passingGrade: 61 }), [{ number: 1, status: 'GRADED', grade: 0.6 }, { number: 2, status: 'NEEDS_GRADING', grade: null }])).toEqual({ grade: 0.6, passed: false, finishedAttempts: 2, awaitingGrading: true });
  });
});

describe('review windows by the server clock', () => {
  const submitted = new Date('2026-11-27T10:00:00Z');
  const options = {
    immediately: { ...DEFAULT_REVIEW_OPTIONS.immediately, rightAnswer: false, score: true },
    later: { ...DEFAULT_REVIEW_OPTIONS.later, score: false },
    afterClose: { ...DEFAULT_REVIEW_OPTIONS.afterClose, rightAnswer: true },
  };
  const quiz = settings({ reviewOptions: options, closeAt: '2026-11-30T00:00:00Z' });

  it('uses "immediately" for two minutes after submission', () => {
    expect(reviewFlagsAt(quiz, submitted, new Date('2026-11-27T10:01:59Z'))).toEqual(options.immediately);
  });

  it('uses "later" after that while the quiz is open', () => {
    expect(reviewFlagsAt(quiz, submitted, new Date('2026-11-27T10:02:01Z'))).toEqual(options.later);
  });

  it('uses "after close" once the quiz has closed', () => {
    expect(reviewFlagsAt(quiz, submitted, new Date('2026-11-30T00:00:01Z'))).toEqual(options.afterClose);
  });

  it('shows nothing of an attempt that is not submitted', () => {
    expect(Object.values(reviewFlagsAt(quiz, null, submitted)).some(Boolean)).toBe(false);
  });
});
