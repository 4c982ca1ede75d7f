import { checkGrade, GradedState } from '@tunas/shared/plugin-sdk';
import { describeQuestionTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { OrderingConfig, orderingConfigSchema } from '../schemas/ordering.schema';
import { orderingQuestion } from './ordering.question';

const items = ['inisiasi', 'perencanaan', 'eksekusi', 'pemantauan', 'penutupan'].map((id) => ({ id, text: `<b>${id}</b>` }));
const absolute = orderingConfigSchema.parse({ items });
const allOrNothing = orderingConfigSchema.parse({ items, gradingMode: 'allOrNothing' });
const right = items.map((item) => item.id);

function grade(config: OrderingConfig, order: string[]) {
  if (orderingQuestion.grading.mode !== 'automatic') throw new Error('ordering grades automatically');
  return checkGrade(orderingQuestion.grading.grade(config, { order }), orderingQuestion.id);
}

describeQuestionTypeContract(orderingQuestion, {
  validConfig: { items },
  sampleResponses: [{ order: right }, { order: [] }, { order: ['inisiasi', 'inisiasi'] }, { order: [...right].reverse() }, { order: ['x', 'y'] }],
  secrets: [],
});

describe('ordering grading', () => {
  it.each<[string, OrderingConfig, string[], number, GradedState]>([
    ['absolute: the right order earns full marks', absolute, right, 1, 'correct'],
    ['absolute: two swapped items cost two shares', absolute, ['perencanaan', 'inisiasi', 'eksekusi', 'pemantauan', 'penutupan'], 0.6, 'partial'],
    ['absolute: the reversed order keeps only the middle', absolute, [...right].reverse(), 0.2, 'partial'],
    ['absolute: a missing item counts as wrong', absolute, ['inisiasi', 'perencanaan'], 0.4, 'partial'],
    ['absolute: unknown ids count as wrong', absolute, ['inisiasi', 'x', 'eksekusi', 'y', 'z'], 0.4, 'partial'],
    ['absolute: a duplicated id counts once', absolute, ['inisiasi', 'inisiasi', 'inisiasi', 'inisiasi', 'inisiasi'], 0.2, 'partial'],
    ['absolute: extra ids after the right order do not add', absolute, [...right, 'inisiasi'], 1, 'correct'],
    ['absolute: an empty order earns nothing', absolute, [], 0, 'incorrect'],
    ['all or nothing: the right order earns full marks', allOrNothing, right, 1, 'correct'],
    ['all or nothing: one swap earns nothing', allOrNothing, ['perencanaan', 'inisiasi', 'eksekusi', 'pemantauan', 'penutupan'], 0, 'incorrect'],
    ['all or nothing: a trailing extra id earns nothing', allOrNothing, [...right, 'inisiasi'], 0, 'incorrect'],
    ['all or nothing: an empty order earns nothing', allOrNothing, [], 0, 'incorrect'],
  ])('%s', (_description, config, order, fraction, state) => {
    const result = grade(config, order);
    expect(result.fraction).toBeCloseTo(fraction, 9);
    expect(result.state).toBe(state);
  });
});

describe('ordering behaviour', () => {
  it('never starts in the right order, whatever the seed', () => {
    const two = orderingConfigSchema.parse({ items: items.slice(0, 2) });
    for (let seed = 0; seed < 200; seed++) {
      expect(orderingQuestion.learnerView(absolute, { seed }).items.map((item) => item.id)).not.toEqual(right);
      expect(orderingQuestion.learnerView(two, { seed }).items.map((item) => item.id)).toEqual(['perencanaan', 'inisiasi']);
    }
  });

  it('shows the same start for the same seed and another for some other seed', () => {
    expect(orderingQuestion.learnerView(absolute, { seed: 9 })).toEqual(orderingQuestion.learnerView(absolute, { seed: 9 }));
    const starts = new Set([1, 2, 3, 4, 5].map((seed) => orderingQuestion.learnerView(absolute, { seed }).items.map((item) => item.id).join()));
    expect(starts.size).toBeGreaterThan(1);
  });

  it.each<[string, string[], boolean]>([
    ['every item once is complete', [...right].reverse(), true],
    ['a missing item is incomplete', right.slice(1), false],
    ['a duplicate is incomplete', ['inisiasi', ...right.slice(1, 4), 'inisiasi'], false],
    ['an unknown id is incomplete', [...right.slice(1), 'x'], false],
  ])('%s', (_description, order, complete) => {
    expect(orderingQuestion.isCompleteResponse(absolute, { order })).toBe(complete);
  });

  it('names the authored order as the right answer, with no feedback', () => {
    expect(orderingQuestion.rightAnswer(absolute)).toEqual({ order: right });
    expect(orderingQuestion.feedback(absolute, { order: right })).toEqual([]);
  });

  it('summarises the chosen order as plain text', () => {
    expect(orderingQuestion.summariseResponse(absolute, { order: ['eksekusi', 'x', 'inisiasi'] })).toBe('eksekusi > inisiasi');
  });
});
