import { checkGrade, GradedState } from '@tunas/shared/plugin-sdk';
import { describeQuestionTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { trueFalseConfigSchema } from '../schemas/true-false.schema';
import { trueFalseQuestion } from './true-false.question';

const config = trueFalseConfigSchema.parse({ correct: false, trueFeedback: 'RAHASIA-jika-benar', falseFeedback: 'RAHASIA-jika-salah' });

describeQuestionTypeContract(trueFalseQuestion, {
  validConfig: config,
  sampleResponses: [{ value: true }, { value: false }],
  secrets: ['RAHASIA-jika-benar', 'RAHASIA-jika-salah'],
});

describe('true-false grading', () => {
  it.each<[string, boolean, number, GradedState]>([
    ['the right value earns full marks', false, 1, 'correct'],
    ['the wrong value earns nothing', true, 0, 'incorrect'],
  ])('%s', (_description, value, fraction, state) => {
    if (trueFalseQuestion.grading.mode !== 'automatic') throw new Error('true-false grades automatically');
    expect(checkGrade(trueFalseQuestion.grading.grade(config, { value }), trueFalseQuestion.id)).toEqual({ fraction, state });
  });
});

describe('true-false behaviour', () => {
  it('gives the feedback of the value the learner chose', () => {
    expect(trueFalseQuestion.feedback(config, { value: true })).toEqual(['RAHASIA-jika-benar']);
    expect(trueFalseQuestion.feedback(config, { value: false })).toEqual(['RAHASIA-jika-salah']);
    expect(trueFalseQuestion.feedback(trueFalseConfigSchema.parse({ correct: true }), { value: true })).toEqual([]);
  });

  it('summarises in Indonesian', () => {
    expect(trueFalseQuestion.summariseResponse(config, { value: true })).toBe('Benar');
    expect(trueFalseQuestion.summariseResponse(config, { value: false })).toBe('Salah');
  });

  it('names the right value and shows learners nothing of the config', () => {
    expect(trueFalseQuestion.rightAnswer(config)).toEqual({ value: false });
    expect(trueFalseQuestion.learnerView(config, { seed: 1 })).toEqual({});
  });
});
