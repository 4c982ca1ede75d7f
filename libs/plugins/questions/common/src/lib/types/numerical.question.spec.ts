import { checkGrade, GradedState } from '@tunas/shared/plugin-sdk';
import { describeQuestionTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { NumericalConfig, numericalConfigSchema } from '../schemas/numerical.schema';
import { numericalQuestion, parseLocalisedNumber } from './numerical.question';

const sample = {
  answers: [
    { value: 3.5, tolerance: 0, fraction: 1, feedback: 'RAHASIA-tepat' },
    // A GIFT range 10..20 arrives as its middle with half its width.
    { value: 15, tolerance: 5, fraction: 0.5, feedback: 'RAHASIA-rentang' },
    { value: 0.3, fraction: 1 },
    { value: -2e3, tolerance: 0.5, fraction: 1 },
    { value: null, fraction: 0, feedback: 'RAHASIA-lainnya' },
  ],
};

const parse = (raw: unknown): NumericalConfig => numericalConfigSchema.parse(raw);

function grade(config: NumericalConfig, text: string) {
  if (numericalQuestion.grading.mode !== 'automatic') throw new Error('numerical grades automatically');
  return checkGrade(numericalQuestion.grading.grade(config, { text }), numericalQuestion.id);
}

describeQuestionTypeContract(numericalQuestion, {
  validConfig: sample,
  sampleResponses: [{ text: '3,5' }, { text: '12' }, { text: 'tiga' }, { text: '' }, { text: '1e999' }],
  secrets: ['RAHASIA-tepat', 'RAHASIA-rentang', 'RAHASIA-lainnya', '3.5'],
});

describe('numerical grading', () => {
  it.each<[string, string, number, GradedState]>([
    ['a dot decimal earns full marks', '3.5', 1, 'correct'],
    ['an Indonesian decimal comma earns full marks', '3,5', 1, 'correct'],
    ['an exponent is read', '0.35e1', 1, 'correct'],
    ['a leading plus sign is read', '+3.5', 1, 'correct'],
    ['surrounding spaces are ignored', '  3,50 ', 1, 'correct'],
    ['binary rounding does not cost marks', String(0.1 + 0.2), 1, 'correct'],
    ['the lower edge of a range is inside', '10', 0.5, 'partial'],
    ['the upper edge of a range is inside', '20', 0.5, 'partial'],
    ['the middle of a range is inside', '15', 0.5, 'partial'],
    ['just below a range falls through to the catch-all', '9.999', 0, 'incorrect'],
    ['just above a range falls through to the catch-all', '20,001', 0, 'incorrect'],
    ['a negative number within tolerance', '-2000,4', 1, 'correct'],
    ['a negative number just outside tolerance', '-2000.6', 0, 'incorrect'],
    ['thousands dots with a decimal comma', '-1.999,9', 1, 'correct'],
    ['thousands commas with a decimal dot', '-1,999.9', 1, 'correct'],
    ['several commas alone are not a number', '1,234,567', 0, 'incorrect'],
    ['words are not a number', 'tiga koma lima', 0, 'incorrect'],
    ['a unit after the number is not a number', '3.5 kg', 0, 'incorrect'],
    ['an empty response earns nothing', '', 0, 'incorrect'],
    ['an overflowing number earns nothing', '1e999', 0, 'incorrect'],
  ])('%s', (_description, text, fraction, state) => {
    expect(grade(parse(sample), text)).toEqual({ fraction, state });
  });

  it('checks answers in order, so an earlier answer wins', () => {
    const config = parse({ answers: [{ value: 10, tolerance: 10, fraction: 0.5 }, { value: 5, fraction: 1 }] });
    expect(grade(config, '5')).toEqual({ fraction: 0.5, state: 'partial' });
  });

  it('gives nothing when no answer matches and there is no catch-all', () => {
    expect(grade(parse({ answers: [{ value: 1, fraction: 1 }] }), '2')).toEqual({ fraction: 0, state: 'incorrect' });
  });
});

describe('numerical behaviour', () => {
  it.each<[string, number | null]>([
    ['3,5', 3.5],
    ['.5', 0.5],
    ['5.', 5],
    ['-1E-3', -0.001],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', null],
    ['', null],
    ['-', null],
    ['e5', null],
    ['0x10', null],
    ['Infinity', null],
  ])('reads "%s" as %p', (text, expected) => {
    expect(parseLocalisedNumber(text)).toBe(expected);
  });

  it('counts only a readable number as complete', () => {
    expect(numericalQuestion.isCompleteResponse(parse(sample), { text: '3,5' })).toBe(true);
    expect(numericalQuestion.isCompleteResponse(parse(sample), { text: 'tiga' })).toBe(false);
  });

  it('gives the feedback of the matched answer, the catch-all included', () => {
    expect(numericalQuestion.feedback(parse(sample), { text: '12' })).toEqual(['RAHASIA-rentang']);
    expect(numericalQuestion.feedback(parse(sample), { text: '99' })).toEqual(['RAHASIA-lainnya']);
    expect(numericalQuestion.feedback(parse(sample), { text: 'tiga' })).toEqual([]);
  });

  it('names the first full-mark value as the right answer', () => {
    expect(numericalQuestion.rightAnswer(parse(sample))).toEqual({ text: '3.5' });
    expect(numericalQuestion.rightAnswer(parse({ answers: [{ value: null, fraction: 0 }, { value: 1e-7, fraction: 1 }] }))).toEqual({ text: '1e-7' });
  });

  it('summarises the number as read, or the raw text when it is not one', () => {
    expect(numericalQuestion.summariseResponse(parse(sample), { text: ' 3,50 ' })).toBe('3.5');
    expect(numericalQuestion.summariseResponse(parse(sample), { text: ' tiga ' })).toBe('tiga');
  });
});
