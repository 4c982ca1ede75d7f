import { checkGrade, GradedState } from '@tunas/shared/plugin-sdk';
import { describeQuestionTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { MatchingConfig, matchingConfigSchema } from '../schemas/matching.schema';
import { matchingQuestion } from './matching.question';

const sample = {
  pairs: [
    { id: 'p1', prompt: '<i>Inisiasi</i>', answerId: 'charter' },
    { id: 'p2', prompt: 'Perencanaan', answerId: 'wbs' },
    { id: 'p3', prompt: 'Penutupan', answerId: 'lessons' },
    { id: 'p4', prompt: 'Pemantauan', answerId: 'wbs' },
  ],
  answers: [
    { id: 'charter', text: 'Piagam proyek' },
    { id: 'wbs', text: 'WBS' },
    { id: 'lessons', text: 'Pelajaran' },
    { id: 'logo', text: 'Logo tim' },
    { id: 'rapat', text: 'Rapat' },
    { id: 'kopi', text: 'Kopi' },
  ],
};

const parse = (raw: unknown): MatchingConfig => matchingConfigSchema.parse(raw);
const right = { p1: 'charter', p2: 'wbs', p3: 'lessons', p4: 'wbs' };

describeQuestionTypeContract(matchingQuestion, {
  validConfig: sample,
  sampleResponses: [{ matches: right }, { matches: {} }, { matches: { p1: 'logo', p9: 'wbs' } }, { matches: { constructor: 'wbs', p1: 'nope' } }],
  // The view may show prompts and answers, never which answer goes with which prompt.
  secrets: ['"answerId"'],
});

describe('matching grading', () => {
  it.each<[string, Record<string, string>, number, GradedState]>([
    ['every pair right earns full marks', right, 1, 'correct'],
    ['one answer may serve two prompts', { p2: 'wbs', p4: 'wbs' }, 0.5, 'partial'],
    ['three of four right earn three quarters', { ...right, p3: 'logo' }, 0.75, 'partial'],
    ['a distractor earns nothing', { p1: 'logo', p2: 'logo', p3: 'logo', p4: 'logo' }, 0, 'incorrect'],
    ['unknown prompt and answer ids are ignored', { p1: 'charter', p9: 'wbs', p2: 'nope' }, 0.25, 'partial'],
    ['a prompt id from Object.prototype is no match', { constructor: 'charter' }, 0, 'incorrect'],
    ['an empty response earns nothing', {}, 0, 'incorrect'],
  ])('%s', (_description, matches, fraction, state) => {
    if (matchingQuestion.grading.mode !== 'automatic') throw new Error('matching grades automatically');
    expect(checkGrade(matchingQuestion.grading.grade(parse(sample), { matches }), matchingQuestion.id)).toEqual({ fraction, state });
  });
});

describe('matching behaviour', () => {
  it('counts a response as complete when every prompt has a known answer', () => {
    expect(matchingQuestion.isCompleteResponse(parse(sample), { matches: { ...right, p3: 'logo' } })).toBe(true);
    expect(matchingQuestion.isCompleteResponse(parse(sample), { matches: { ...right, p3: 'nope' } })).toBe(false);
    expect(matchingQuestion.isCompleteResponse(parse(sample), { matches: { p1: 'charter' } })).toBe(false);
  });

  it('keeps prompts in order and shuffles only the answers', () => {
    const view = matchingQuestion.learnerView(parse(sample), { seed: 11 });
    expect(view.prompts.map((prompt) => prompt.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(view.answers.map((answer) => answer.id).sort()).toEqual(sample.answers.map((answer) => answer.id).sort());
  });

  it('shows the same answer order for the same seed and another for some other seed', () => {
    const config = parse(sample);
    expect(matchingQuestion.learnerView(config, { seed: 5 })).toEqual(matchingQuestion.learnerView(config, { seed: 5 }));
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => matchingQuestion.learnerView(config, { seed }).answers.map((answer) => answer.id).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('keeps the authored answer order when the question does not shuffle', () => {
    const view = matchingQuestion.learnerView(parse({ ...sample, shuffleAnswers: false }), { seed: 5 });
    expect(view.answers.map((answer) => answer.id)).toEqual(sample.answers.map((answer) => answer.id));
  });

  it('has no feedback per response and names every pair as the right answer', () => {
    expect(matchingQuestion.feedback(parse(sample), { matches: right })).toEqual([]);
    expect(matchingQuestion.rightAnswer(parse(sample))).toEqual({ matches: right });
  });

  it('summarises the chosen pairs as plain text', () => {
    expect(matchingQuestion.summariseResponse(parse(sample), { matches: { p2: 'logo', p1: 'charter', p3: 'nope' } })).toBe('Inisiasi → Piagam proyek; Perencanaan → Logo tim');
    expect(matchingQuestion.summariseResponse(parse(sample), { matches: {} })).toBe('');
  });
});
