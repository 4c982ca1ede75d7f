import { aikenFormat, type MultipleChoiceConfig } from '@tunas/plugins/questions/common';
import { conformanceCase, readCorpus } from './corpus';

interface AikenExpectations {
  cases: Array<{ file: string; expect: { imported_count?: number; errors_contain?: string[]; questions: Array<{ questiontext?: string; name?: string; answers: string[]; correct?: string; fraction?: number[] }> } }>;
}

const expectations = JSON.parse(readCorpus('moodle-aiken', 'expectations.json')) as AikenExpectations;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('Aiken', () => {
  for (const testCase of expectations.cases) {
    const result = aikenFormat.parse(readCorpus('moodle-aiken', testCase.file));
    const expected = testCase.expect;

    conformanceCase(`Aiken ${testCase.file}: questions, answers and right answer`, () => {
      expect(result.questions).toHaveLength(expected.imported_count ?? expected.questions.length);
      expected.questions.forEach((question, index) => {
        const draft = result.questions[index];
        const config = draft?.config as MultipleChoiceConfig;
        // Moodle stores Aiken text as HTML with &, < and > escaped; so do we.
        if (question.questiontext) expect(draft?.text).toBe(escapeHtml(question.questiontext));
        if (question.name) expect(draft?.name).toBe(question.name);
        expect(config.choices.map((choice) => choice.text)).toEqual(question.answers.map(escapeHtml));
        const fractions = question.fraction ?? question.answers.map((_, position) => (String.fromCharCode(65 + position) === question.correct ? 1 : 0));
        expect(config.choices.map((choice) => choice.fraction)).toEqual(fractions);
      });
    });

    for (const message of expected.errors_contain ?? []) {
      conformanceCase(`Aiken ${testCase.file}: reports "${message}"`, () => {
        // Moodle prints "Error importing question <name>" before a message about a named question.
        const reported = result.errors.flatMap((error) => [error.message, ...(error.question ? [`Error importing question ${error.question}`] : [])]);
        expect(reported).toContain(message);
        const line = /on line (\d+)$/.exec(message)?.[1];
        if (line) expect(result.errors.find((error) => error.message === message)?.line).toBe(Number(line));
      });
    }
  }
});
