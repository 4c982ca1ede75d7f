import { describeActivityTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { quizActivity, quizLearnerContent } from './quiz.activity';

const bankId = '0f5c2f4e-9a57-4f8b-8d0e-6b1b7c9f2a10';
const questionId = '1a6d3e5f-0b68-4c9a-9e1f-7c2c8d0a3b21';
const categoryId = '2b7e4f60-1c79-4dab-8f20-8d3d9e1b4c32';

describeActivityTypeContract(quizActivity, {
  validContent: [
    { bankId, slots: [{ kind: 'fixed', questionId }] },
    { bankId, slots: [{ kind: 'random', categoryId, count: 5, includeSubcategories: true }], timeLimitMinutes: 20, passingGrade: 70, openAt: '2026-12-01T08:00:00+07:00', closeAt: '2026-12-08T17:00:00+07:00' },
  ],
  invalidContent: [
    { content: { bankId, slots: [] }, why: 'no questions' },
    { content: { bankId: 'x', slots: [{ kind: 'fixed', questionId }] }, why: 'bank id is not a UUID' },
    { content: { bankId, slots: [{ kind: 'fixed', questionId }], passingGrade: 120 }, why: 'passing grade above 100%' },
    { content: { bankId, slots: [{ kind: 'fixed', questionId }], openAt: '2026-12-08T08:00:00Z', closeAt: '2026-12-01T08:00:00Z' }, why: 'closes before it opens' },
  ],
  states: [
    { state: { grade: null, passed: false, finishedAttempts: 0, awaitingGrading: false }, completion: 0 },
    { state: { grade: 0.5, passed: false, finishedAttempts: 1, awaitingGrading: false }, completion: 0 },
    { state: { grade: 0.9, passed: true, finishedAttempts: 2, awaitingGrading: false }, completion: 1 },
  ],
  invalidStates: [{}, { grade: 2, passed: true, finishedAttempts: 1, awaitingGrading: false }],
});

describe('quiz activity', () => {
  it('is written by the server only', () => {
    expect(quizActivity.serverOwnedState).toBe(true);
  });

  it('keeps the newest state the engine computed, even when it is lower (a regrade may lower a grade)', () => {
    const stored = { grade: 0.9, passed: true, finishedAttempts: 1, awaitingGrading: false };
    const incoming = { grade: 0.4, passed: false, finishedAttempts: 1, awaitingGrading: false };
    expect(quizActivity.mergeState?.(stored, incoming, quizActivity.contentSchema.parse({ bankId, slots: [{ kind: 'fixed', questionId }] }))).toEqual(incoming);
  });

  it('shows learners how many questions there are, but no bank or question ids', () => {
    const settings = quizActivity.contentSchema.parse({ bankId, slots: [{ kind: 'fixed', questionId }, { kind: 'random', categoryId, count: 4 }] });
    const content = quizLearnerContent(settings);
    expect(content.questionCount).toBe(5);
    expect(JSON.stringify(content)).not.toContain(bankId);
    expect(JSON.stringify(content)).not.toContain(questionId);
    expect(JSON.stringify(content)).not.toContain(categoryId);
  });
});
