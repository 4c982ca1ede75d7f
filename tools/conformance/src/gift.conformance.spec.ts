import { giftFormat, type MatchingConfig, type MultipleChoiceConfig, type NumericalConfig, type ShortAnswerConfig, type TrueFalseConfig } from '@tunas/plugins/questions/common';
import type { QuestionDraft } from '@tunas/shared/plugin-sdk';
import { conformanceCase, readCorpus } from './corpus';

interface MoodleText {
  text: string;
  format: string;
}
type Expected = Record<string, unknown> & { qtype: string };
interface Expectations {
  import_cases: Array<{ name: string; file: string; expected: Expected }>;
  comment_cases: Array<{ case: string; comment: string; expected_idnumber: string; expected_tags: string[] }>;
  export_cases: Array<{ name: string; question: Record<string, unknown> & { qtype: string; name: string }; expected_gift: string }>;
}

const expectations = JSON.parse(readCorpus('moodle-gift', 'giftformat_test_expectations.json')) as Expectations;
const QTYPES: Record<string, string> = { essay: 'essay', match: 'matching', multichoice: 'multiple-choice', numerical: 'numerical', shortanswer: 'short-answer', truefalse: 'true-false' };
const texts = (value: unknown) => (value as MoodleText[]).map((entry) => entry.text);

function onlyQuestion(gift: string): QuestionDraft {
  const result = giftFormat.parse(gift);
  expect(result.errors).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0] as QuestionDraft;
}

/** Compares the fields Moodle's test checks that Tunas keeps (per-answer text formats, penalty and layout are not kept). */
function expectMoodleFields(draft: QuestionDraft, expected: Expected): void {
  expect(draft.type).toBe(QTYPES[expected.qtype]);
  expect(draft.name).toBe(expected['name']);
  expect(draft.text).toBe(expected['questiontext']);
  expect(draft.textFormat).toBe(expected['questiontextformat']);
  expect(draft.generalFeedback).toBe(expected['generalfeedback']);
  expect(draft.defaultMark).toBe(expected['defaultmark']);
  if (expected['tags']) expect(draft.tags).toEqual(expected['tags']);
  if (expected['idnumber']) expect(draft.idNumber).toBe(expected['idnumber']);
  const fraction = expected['fraction'] as number[] | undefined;
  const feedback = expected['feedback'] ? texts(expected['feedback']) : undefined;
  switch (draft.type) {
    case 'multiple-choice': {
      const config = draft.config as MultipleChoiceConfig;
      expect(config.single).toBe(expected['single'] === 1);
      expect(config.choices.map((choice) => [choice.text, choice.fraction, choice.feedback])).toEqual(texts(expected['answer']).map((text, index) => [text, fraction?.[index], feedback?.[index]]));
      return;
    }
    case 'short-answer': {
      const config = draft.config as ShortAnswerConfig;
      expect(config.answers.map((answer) => [answer.text, answer.fraction, answer.feedback])).toEqual((expected['answer'] as string[]).map((text, index) => [text, fraction?.[index], feedback?.[index]]));
      return;
    }
    case 'numerical': {
      const config = draft.config as NumericalConfig;
      const tolerance = expected['tolerance'] as Array<number | string>;
      expect(config.answers.map((answer) => [answer.value === null ? '*' : String(answer.value), answer.fraction, answer.feedback, answer.tolerance])).toEqual(
        (expected['answer'] as string[]).map((text, index) => [text, fraction?.[index], feedback?.[index], Number(tolerance[index] || 0)]),
      );
      return;
    }
    case 'true-false': {
      const config = draft.config as TrueFalseConfig;
      expect(config).toEqual({ correct: expected['correctanswer'] === 1, trueFeedback: (expected['feedbacktrue'] as MoodleText).text, falseFeedback: (expected['feedbackfalse'] as MoodleText).text });
      return;
    }
    case 'matching': {
      const config = draft.config as MatchingConfig;
      const answerText = (id: string) => config.answers.find((answer) => answer.id === id)?.text;
      const subanswers = expected['subanswers'] as string[];
      const pairs = texts(expected['subquestions']).map((prompt, index) => [prompt, subanswers[index]] as const);
      expect(config.pairs.map((pair) => [pair.prompt, answerText(pair.answerId)])).toEqual(pairs.filter(([prompt]) => prompt !== ''));
      expect(config.answers.map((answer) => answer.text)).toEqual(subanswers);
      return;
    }
    case 'essay':
      expect(draft.config).toEqual({ minWords: null, maxWords: null, responseTemplate: '', graderInfo: '' });
      return;
  }
}

/** Moodle's abridged export fixtures as drafts. */
function toDraft(question: Expectations['export_cases'][number]['question']): QuestionDraft {
  const answers = (question['answers'] ?? []) as Array<Array<string | number>>;
  const base = { name: question.name, text: String(question['questiontext']), textFormat: question['questiontextformat'] as QuestionDraft['textFormat'], generalFeedback: String(question['generalfeedback'] ?? ''), defaultMark: 1, categoryPath: [], tags: (question['tags'] as string[]) ?? [], line: 1, ...(question['idnumber'] ? { idNumber: String(question['idnumber']) } : {}) };
  switch (question.qtype) {
    case 'essay':
      return { ...base, type: 'essay', config: { minWords: null, maxWords: null, responseTemplate: '', graderInfo: '' } };
    case 'match': {
      const subquestions = question['subquestions'] as string[][];
      const answerList = subquestions.map((entry, index) => ({ id: `a${index + 1}`, text: String(entry[2]) }));
      return { ...base, type: 'matching', config: { shuffleAnswers: true, answers: answerList, pairs: subquestions.flatMap((entry, index) => (entry[0] ? [{ id: `p${index + 1}`, prompt: String(entry[0]), answerId: `a${index + 1}` }] : [])) } };
    }
    case 'multichoice':
      return { ...base, type: 'multiple-choice', config: { single: question['single'] === 1, shuffleAnswers: true, answerNumbering: 'abc', correctFeedback: '', partiallyCorrectFeedback: '', incorrectFeedback: '', choices: answers.map((entry, index) => ({ id: `a${index + 1}`, text: String(entry[0]), fraction: Number(entry[2]), feedback: String(entry[3]) })) } };
    case 'shortanswer':
      return { ...base, type: 'short-answer', config: { caseSensitive: false, answers: answers.map((entry) => ({ text: String(entry[0]), fraction: Number(entry[1]), feedback: String(entry[2]) })) } };
    case 'numerical':
      return { ...base, type: 'numerical', config: { answers: answers.map((entry) => ({ value: entry[0] === '*' ? null : Number(entry[0]), fraction: Number(entry[1]), tolerance: Number(entry[2]), feedback: String(entry[3]) })) } };
    case 'truefalse': {
      if (question['correct'] !== undefined) return { ...base, type: 'true-false', config: { correct: true, trueFeedback: String(question['feedback_right']), falseFeedback: String(question['feedback_wrong']) } };
      const map = question['answers'] as Record<string, [number, string, string]>;
      const correct = map['True']?.[0] === 1;
      return { ...base, type: 'true-false', config: { correct, trueFeedback: String(map['True']?.[1]), falseFeedback: String(map['False']?.[1]) } };
    }
    default:
      throw new Error(`No draft mapping for ${question.qtype}`);
  }
}

/** Moodle numbers questions by their database id; ours are numbered by position. */
const withoutQuestionNumber = (gift: string) => gift.replace(/^\/\/ question: \S+ {2}name:/m, '// question: N  name:');

describe('GIFT', () => {
  describe('Moodle giftformat_test import cases', () => {
    for (const testCase of expectations.import_cases) {
      conformanceCase(`GIFT import ${testCase.name}`, () => expectMoodleFields(onlyQuestion(readCorpus('moodle-gift', testCase.file)), testCase.expected));
    }
  });

  describe('Moodle giftformat_test comment cases ([tag:] and [id:])', () => {
    for (const testCase of expectations.comment_cases) {
      conformanceCase(`GIFT comment ${testCase.case}`, () => {
        const draft = onlyQuestion(`${testCase.comment}\n::Q::How are you?{}`);
        expect(draft.idNumber ?? '').toBe(testCase.expected_idnumber);
        expect(draft.tags).toEqual(testCase.expected_tags);
      });
    }
  });

  describe('Moodle giftformat_test export cases', () => {
    for (const testCase of expectations.export_cases) {
      conformanceCase(`GIFT export ${testCase.name}`, () => {
        const written = giftFormat.write?.([toDraft(testCase.question)]) ?? '';
        expect(withoutQuestionNumber(written)).toBe(withoutQuestionNumber(testCase.expected_gift));
      });
    }
  });

  describe('Moodle fixture files', () => {
    conformanceCase('GIFT examples.txt imports its 43 questions', () => {
      const result = giftFormat.parse(readCorpus('moodle-gift', 'fixtures', 'examples.txt'));
      expect(result.errors).toEqual([]);
      expect(result.questions).toHaveLength(43);
    });

    conformanceCase('GIFT questions.gift.txt imports 9 questions and warns about the two stray ";', () => {
      const result = giftFormat.parse(readCorpus('moodle-gift', 'fixtures', 'questions.gift.txt'));
      expect(result.errors).toEqual([]);
      expect(result.questions.map((question) => question.type)).toEqual(['essay', 'matching', 'multiple-choice', 'multiple-choice', 'numerical', 'short-answer', 'true-false', 'true-false', 'true-false']);
      expect(result.warnings.map((warning) => warning.question)).toEqual(['Q5', 'Q1']);
    });

    conformanceCase('GIFT questions_in_category.gift.txt puts 4 questions in the $CATEGORY', () => {
      const result = giftFormat.parse(readCorpus('moodle-gift', 'fixtures', 'questions_in_category.gift.txt'));
      expect(result.errors).toEqual([]);
      expect(result.questions.map((question) => [question.name, question.type, question.categoryPath])).toEqual([
        ['Moodle activities', 'matching', ['Default for New Features']],
        ['Greeting', 'multiple-choice', ['Default for New Features']],
        ['Moodle user', 'short-answer', ['Default for New Features']],
        ['Moodle acronym', 'true-false', ['Default for New Features']],
      ]);
      expect(result.questions[1]?.text).toContain('<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a>');
    });
  });
});
