import type { QuestionDraft, QuestionFormat } from '@tunas/shared/plugin-sdk';
import { aikenFormat, giftFormat, moodleXmlFormat } from './index';

const base = { textFormat: 'html' as const, generalFeedback: 'General <b>feedback</b>', defaultMark: 1, tags: [], line: 1 };
const SAMPLES: QuestionDraft[] = [
  { ...base, type: 'multiple-choice', name: 'Colours: {a} = b', text: 'What is <i>between</i> orange & green?', categoryPath: ['Sains', 'Warna/Cahaya'], config: { single: true, shuffleAnswers: true, answerNumbering: 'abc', choices: [{ id: 'a1', text: 'yellow', fraction: 1, feedback: 'right # good' }, { id: 'a2', text: 'red ~ 1', fraction: 0, feedback: '' }, { id: 'a3', text: 'blue', fraction: 0.3333333, feedback: 'close' }], correctFeedback: '', partiallyCorrectFeedback: '', incorrectFeedback: '' } },
  { ...base, type: 'multiple-choice', name: 'Primes', text: 'Pick the primes', categoryPath: ['Sains'], config: { single: false, shuffleAnswers: true, answerNumbering: 'abc', choices: [{ id: 'a1', text: '2', fraction: 0.5, feedback: '' }, { id: 'a2', text: '3', fraction: 0.5, feedback: '' }, { id: 'a3', text: '4', fraction: -1, feedback: 'no' }], correctFeedback: '', partiallyCorrectFeedback: '', incorrectFeedback: '' } },
  { ...base, type: 'true-false', name: 'TF', text: 'The sun rises in the east.', categoryPath: [], tags: ['tag1', 'tag]2'], idNumber: 'tf-1', config: { correct: false, trueFeedback: 'It does', falseFeedback: 'Right' } },
  { ...base, type: 'short-answer', name: 'SA', text: 'Capital of Indonesia?', categoryPath: [], config: { caseSensitive: false, answers: [{ text: 'Jakarta', fraction: 1, feedback: 'Yes' }, { text: 'Nusantara', fraction: 0.5, feedback: '' }, { text: '*', fraction: 0, feedback: 'No' }] } },
  { ...base, type: 'numerical', name: 'Num', text: 'Pi to 2 places?', categoryPath: [], config: { answers: [{ value: 3.14, tolerance: 0.005, fraction: 1, feedback: 'Good' }, { value: 3, tolerance: 0, fraction: 0.5, feedback: '' }, { value: null, tolerance: 0, fraction: 0, feedback: 'Wrong' }] } },
  { ...base, type: 'matching', name: 'Match', text: 'Match the capitals', categoryPath: [], config: { shuffleAnswers: true, pairs: [{ id: 'p1', prompt: 'Japan', answerId: 'a1' }, { id: 'p2', prompt: 'Italy', answerId: 'a2' }], answers: [{ id: 'a1', text: 'Tokyo' }, { id: 'a2', text: 'Rome' }, { id: 'a3', text: 'Paris' }] } },
  { ...base, type: 'essay', name: 'Essay', text: 'Describe\nyour day.', categoryPath: [], config: { minWords: null, maxWords: null, responseTemplate: '', graderInfo: '' } },
];
const ORDERING: QuestionDraft = { ...base, type: 'ordering', name: 'Order', text: 'Order the steps', categoryPath: [], config: { items: [{ id: 'a1', text: 'Plan' }, { id: 'a2', text: 'Do' }, { id: 'a3', text: 'Check' }], gradingMode: 'allOrNothing' } };
const ESSAY_WITH_OPTIONS: QuestionDraft = { ...base, type: 'essay', name: 'Essay 2', text: 'Write', categoryPath: [], config: { minWords: 10, maxWords: 200, responseTemplate: '<p>Start</p>', graderInfo: 'Look for X' } };

function comparable(draft: QuestionDraft) {
  return { type: draft.type, name: draft.name, text: draft.text, textFormat: draft.textFormat, generalFeedback: draft.generalFeedback, categoryPath: draft.categoryPath, tags: draft.tags, idNumber: draft.idNumber, config: draft.config };
}

function roundTrip(format: QuestionFormat, drafts: QuestionDraft[]) {
  const result = format.parse(format.write?.(drafts) ?? '');
  expect(result.errors).toEqual([]);
  return result;
}

describe('round trips', () => {
  it('GIFT gives back every type it can express', () => {
    expect(roundTrip(giftFormat, SAMPLES).questions.map(comparable)).toEqual(SAMPLES.map(comparable));
  });

  it('GIFT leaves ordering out with a comment saying so', () => {
    const written = giftFormat.write?.([ORDERING]) ?? '';
    expect(written).toContain('// ordering question "Order" cannot be written in GIFT');
    expect(giftFormat.parse(written).questions).toEqual([]);
  });

  it('Moodle XML gives back every type, ordering and essay options included', () => {
    const drafts = [...SAMPLES, ORDERING, ESSAY_WITH_OPTIONS];
    expect(roundTrip(moodleXmlFormat, drafts).questions.map(comparable)).toEqual(drafts.map(comparable));
  });

  it('Aiken keeps single-answer multiple choice and skips the rest', () => {
    const aiken = aikenFormat.parse('Which is a fruit?\nA) Apple\nB) Stone\nANSWER: A');
    const again = roundTrip(aikenFormat, [...aiken.questions, ...SAMPLES.slice(1)]);
    expect(again.questions.map(comparable)).toEqual(aiken.questions.map(comparable));
  });
});
