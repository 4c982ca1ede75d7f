import type { QuizReviewSlot } from '@tunas/portal/data-access/quiz';
import { questionReviewOf } from './quiz-review-page.component';

const slot = (parts: Partial<QuizReviewSlot>): QuizReviewSlot => ({
  slot: 0,
  type: 'truefalse',
  html: '<p>?</p>',
  view: {},
  maxMark: 1,
  mark: null,
  response: { value: true },
  responseSummary: null,
  rightAnswer: null,
  state: null,
  feedback: null,
  generalFeedback: null,
  comment: null,
  ...parts,
});

describe('questionReviewOf', () => {
  it('passes on exactly what the review options let the API return', () => {
    expect(questionReviewOf(slot({ state: 'partial', rightAnswer: { value: false }, feedback: ['<p>Hampir.</p>'] }))).toEqual({
      state: 'partial',
      rightAnswer: { value: false },
      feedback: ['<p>Hampir.</p>'],
    });
  });

  it('shows nothing of what is hidden, and no verdict for an unanswered question', () => {
    expect(questionReviewOf(slot({}))).toEqual({ state: null, rightAnswer: null, feedback: [] });
    expect(questionReviewOf(slot({ state: 'unanswered' })).state).toBeNull();
    expect(questionReviewOf(slot({ state: 'needsGrading' })).state).toBe('needsGrading');
  });
});
