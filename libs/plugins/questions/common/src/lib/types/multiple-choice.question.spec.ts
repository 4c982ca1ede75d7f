import { checkGrade, GradedState } from '@tunas/shared/plugin-sdk';
import { describeQuestionTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { MultipleChoiceConfig, multipleChoiceConfigSchema } from '../schemas/multiple-choice.schema';
import { multipleChoiceQuestion } from './multiple-choice.question';

const single = {
  single: true,
  choices: [
    { id: 'a', text: '<b>Jakarta</b>', fraction: 1, feedback: 'RAHASIA-benar-ibu-kota' },
    { id: 'b', text: 'Bandung', fraction: 0.5, feedback: 'RAHASIA-setengah' },
    { id: 'c', text: 'Surabaya', fraction: -0.5, feedback: '' },
    { id: 'd', text: 'Medan', fraction: 0 },
  ],
  correctFeedback: 'RAHASIA-umum-benar',
  partiallyCorrectFeedback: 'RAHASIA-umum-sebagian',
  incorrectFeedback: 'RAHASIA-umum-salah',
};

const multiple = {
  single: false,
  choices: [
    { id: 'a', text: 'Ruang lingkup', fraction: 0.3333333 },
    { id: 'b', text: 'Biaya', fraction: 0.3333333 },
    { id: 'c', text: 'Waktu', fraction: 0.3333333 },
    { id: 'x', text: 'Warna logo', fraction: -1, feedback: 'Bukan batasan proyek.' },
    { id: 'y', text: 'Nama tim', fraction: -0.5 },
  ],
};

const six = {
  single: true,
  choices: ['a', 'b', 'c', 'd', 'e', 'f'].map((id, index) => ({ id, text: `Pilihan ${id}`, fraction: index === 0 ? 1 : 0 })),
};

const parse = (raw: unknown): MultipleChoiceConfig => multipleChoiceConfigSchema.parse(raw);

function grade(config: MultipleChoiceConfig, choiceIds: string[]) {
  if (multipleChoiceQuestion.grading.mode !== 'automatic') throw new Error('multiple choice grades automatically');
  return checkGrade(multipleChoiceQuestion.grading.grade(config, { choiceIds }), multipleChoiceQuestion.id);
}

describeQuestionTypeContract(multipleChoiceQuestion, {
  validConfig: single,
  sampleResponses: [{ choiceIds: ['a'] }, { choiceIds: ['c'] }, { choiceIds: [] }, { choiceIds: ['zz'] }, { choiceIds: ['b', 'a'] }],
  secrets: ['RAHASIA-benar-ibu-kota', 'RAHASIA-setengah', 'RAHASIA-umum-benar', 'RAHASIA-umum-sebagian', 'RAHASIA-umum-salah'],
});

describe('multiple-choice grading', () => {
  it.each<[string, unknown, string[], number, GradedState]>([
    ['single: the right choice earns full marks', single, ['a'], 1, 'correct'],
    ['single: a half-right choice earns half', single, ['b'], 0.5, 'partial'],
    ['single: a negative choice is floored at 0', single, ['c'], 0, 'incorrect'],
    ['single: a 0% choice earns nothing', single, ['d'], 0, 'incorrect'],
    ['single: no choice earns nothing', single, [], 0, 'incorrect'],
    ['single: an unknown id is ignored', single, ['zz'], 0, 'incorrect'],
    ['single: an unknown id before a known one is skipped', single, ['zz', 'a'], 1, 'correct'],
    ['single: only the first known choice counts', single, ['b', 'a'], 0.5, 'partial'],
    ['multiple: all positive choices add up to full marks', multiple, ['a', 'b', 'c'], 1, 'correct'],
    ['multiple: the order of ids does not matter', multiple, ['c', 'a', 'b'], 1, 'correct'],
    ['multiple: two of three earn two thirds', multiple, ['a', 'b'], 0.6666666, 'partial'],
    ['multiple: a duplicated id counts once', multiple, ['a', 'a', 'a'], 0.3333333, 'partial'],
    ['multiple: a negative weight subtracts', multiple, ['a', 'b', 'c', 'y'], 0.4999999, 'partial'],
    ['multiple: a sum below zero is floored at 0', multiple, ['a', 'x'], 0, 'incorrect'],
    ['multiple: choosing everything is punished', multiple, ['a', 'b', 'c', 'x', 'y'], 0, 'incorrect'],
    ['multiple: unknown ids are ignored', multiple, ['a', 'b', 'c', 'nope'], 1, 'correct'],
    ['multiple: no choice earns nothing', multiple, [], 0, 'incorrect'],
  ])('%s', (_description, config, choiceIds, fraction, state) => {
    const result = grade(parse(config), choiceIds);
    expect(result.fraction).toBeCloseTo(fraction, 6);
    expect(result.state).toBe(state);
  });
});

describe('multiple-choice behaviour', () => {
  it('counts a response as complete only when a known choice is chosen', () => {
    const config = parse(multiple);
    expect(multipleChoiceQuestion.isCompleteResponse(config, { choiceIds: ['b'] })).toBe(true);
    expect(multipleChoiceQuestion.isCompleteResponse(config, { choiceIds: [] })).toBe(false);
    expect(multipleChoiceQuestion.isCompleteResponse(config, { choiceIds: ['nope'] })).toBe(false);
  });

  it('gives the chosen choice feedback followed by the overall feedback for the state', () => {
    const config = parse(single);
    expect(multipleChoiceQuestion.feedback(config, { choiceIds: ['a'] })).toEqual(['RAHASIA-benar-ibu-kota', 'RAHASIA-umum-benar']);
    expect(multipleChoiceQuestion.feedback(config, { choiceIds: ['b'] })).toEqual(['RAHASIA-setengah', 'RAHASIA-umum-sebagian']);
    expect(multipleChoiceQuestion.feedback(config, { choiceIds: ['c'] })).toEqual(['RAHASIA-umum-salah']);
  });

  it('leaves out empty feedback texts', () => {
    expect(multipleChoiceQuestion.feedback(parse(multiple), { choiceIds: ['a', 'x'] })).toEqual(['Bukan batasan proyek.']);
  });

  it('names the first full-mark choice, or every positive choice, as the right answer', () => {
    expect(multipleChoiceQuestion.rightAnswer(parse(single))).toEqual({ choiceIds: ['a'] });
    expect(multipleChoiceQuestion.rightAnswer(parse(multiple))).toEqual({ choiceIds: ['a', 'b', 'c'] });
  });

  it('summarises the chosen texts as plain text in config order', () => {
    expect(multipleChoiceQuestion.summariseResponse(parse(single), { choiceIds: ['a'] })).toBe('Jakarta');
    expect(multipleChoiceQuestion.summariseResponse(parse(multiple), { choiceIds: ['c', 'a', 'nope'] })).toBe('Ruang lingkup; Waktu');
    expect(multipleChoiceQuestion.summariseResponse(parse(multiple), { choiceIds: [] })).toBe('');
  });

  it('shows the same order for the same seed', () => {
    const config = parse(six);
    expect(multipleChoiceQuestion.learnerView(config, { seed: 7 })).toEqual(multipleChoiceQuestion.learnerView(config, { seed: 7 }));
  });

  it('shows different orders for different seeds', () => {
    const config = parse(six);
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => multipleChoiceQuestion.learnerView(config, { seed }).choices.map((choice) => choice.id).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('keeps the authored order when the question does not shuffle', () => {
    const view = multipleChoiceQuestion.learnerView(parse({ ...six, shuffleAnswers: false }), { seed: 3 });
    expect(view.choices.map((choice) => choice.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(view).toEqual({ single: true, answerNumbering: 'abc', choices: six.choices.map(({ id, text }) => ({ id, text })) });
  });
});
