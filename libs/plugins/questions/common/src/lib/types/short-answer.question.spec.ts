import { checkGrade, GradedState } from '@tunas/shared/plugin-sdk';
import { describeQuestionTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { ShortAnswerConfig, shortAnswerConfigSchema } from '../schemas/short-answer.schema';
import { matchesAnswer, shortAnswerQuestion } from './short-answer.question';

const sample = {
  answers: [
    { text: 'Gantt chart', fraction: 1, feedback: 'RAHASIA-tepat' },
    { text: 'Gantt*', fraction: 0.5, feedback: 'RAHASIA-hampir' },
    { text: '5 \\* 3', fraction: 1 },
    { text: 'diagram * jaringan', fraction: 0.25 },
    { text: '*', fraction: 0, feedback: 'RAHASIA-lainnya' },
  ],
};

const parse = (raw: unknown): ShortAnswerConfig => shortAnswerConfigSchema.parse(raw);

function grade(config: ShortAnswerConfig, text: string) {
  if (shortAnswerQuestion.grading.mode !== 'automatic') throw new Error('short answer grades automatically');
  return checkGrade(shortAnswerQuestion.grading.grade(config, { text }), shortAnswerQuestion.id);
}

describeQuestionTypeContract(shortAnswerQuestion, {
  validConfig: sample,
  sampleResponses: [{ text: 'Gantt chart' }, { text: 'gantt' }, { text: '' }, { text: '   ' }, { text: 'x'.repeat(1000) }],
  secrets: ['Gantt chart', 'RAHASIA-tepat', 'RAHASIA-hampir', 'RAHASIA-lainnya', 'jaringan'],
});

describe('short-answer grading', () => {
  it.each<[string, string, number, GradedState]>([
    ['the exact answer earns full marks', 'Gantt chart', 1, 'correct'],
    ['case does not matter by default', 'GANTT CHART', 1, 'correct'],
    ['surrounding and repeated whitespace is ignored', '  Gantt \n  chart ', 1, 'correct'],
    ['the first matching answer wins over a later one', 'Gantt chart', 1, 'correct'],
    ['a trailing wildcard matches any ending', 'Gantt diagram', 0.5, 'partial'],
    ['a wildcard matches an empty run', 'gantt', 0.5, 'partial'],
    ['a wildcard in the middle matches any run', 'Diagram PERT jaringan', 0.25, 'partial'],
    ['an escaped asterisk is literal', '5 * 3', 1, 'correct'],
    ['an escaped asterisk is not a wildcard', '5 x 3', 0, 'incorrect'],
    ['regex characters are literal', '5 \\* 3', 0, 'incorrect'],
    ['a catch-all answer gives its weight', 'PERT', 0, 'incorrect'],
    ['an empty response earns nothing', '', 0, 'incorrect'],
    ['a blank response earns nothing', '   ', 0, 'incorrect'],
  ])('%s', (_description, text, fraction, state) => {
    expect(grade(parse(sample), text)).toEqual({ fraction, state });
  });

  it.each<[string, string, string, boolean, boolean]>([
    ['case-sensitive answers refuse another case', 'jakarta', 'Jakarta', true, false],
    ['case-sensitive answers accept the same case', 'Jakarta', 'Jakarta', true, true],
    ['a dot is not a regex wildcard', 'aXb', 'a.b', false, false],
    ['brackets and plus signs are literal', 'C++ [std]', 'c++ [std]', false, true],
    ['several wildcards match parts in order', 'manajemen risiko proyek', 'man*ris*pro*', false, true],
    ['wildcard parts must not overlap', 'ab', 'ab*ab', false, false],
    ['wildcard parts out of order do not match', 'risiko manajemen', 'man*ris*', false, false],
    ['a leading wildcard matches any beginning', 'sebuah proyek', '*proyek', false, true],
    ['many wildcards stay fast on a long response', 'a'.repeat(1000), '*a*a*a*a*a*a*a*a*a*a*b', false, false],
  ])('%s', (_description, response, answer, caseSensitive, expected) => {
    expect(matchesAnswer(response, answer, caseSensitive)).toBe(expected);
  });
});

describe('short-answer behaviour', () => {
  it('counts only non-blank text as complete', () => {
    expect(shortAnswerQuestion.isCompleteResponse(parse(sample), { text: ' a ' })).toBe(true);
    expect(shortAnswerQuestion.isCompleteResponse(parse(sample), { text: ' \n ' })).toBe(false);
  });

  it('gives the feedback of the matched answer', () => {
    expect(shortAnswerQuestion.feedback(parse(sample), { text: 'gantt' })).toEqual(['RAHASIA-hampir']);
    expect(shortAnswerQuestion.feedback(parse(sample), { text: '5 * 3' })).toEqual([]);
    expect(shortAnswerQuestion.feedback(parse(sample), { text: '' })).toEqual([]);
  });

  it('prefers a right answer without wildcards', () => {
    expect(shortAnswerQuestion.rightAnswer(parse(sample))).toEqual({ text: 'Gantt chart' });
  });

  it('drops the wildcards when every full-mark answer has one', () => {
    expect(shortAnswerQuestion.rightAnswer(parse({ answers: [{ text: 'Proyek*', fraction: 1 }] }))).toEqual({ text: 'Proyek' });
  });

  it('unescapes a literal asterisk in the right answer', () => {
    expect(shortAnswerQuestion.rightAnswer(parse({ answers: [{ text: '2 \\* 2', fraction: 1 }] }))).toEqual({ text: '2 * 2' });
  });

  it('skips a right answer that an earlier, lower answer would catch', () => {
    const config = parse({ answers: [{ text: 'a*', fraction: 0.5 }, { text: 'abc', fraction: 1 }, { text: 'x*', fraction: 1 }] });
    expect(shortAnswerQuestion.rightAnswer(config)).toEqual({ text: 'x' });
  });

  it('summarises the text with its whitespace collapsed', () => {
    expect(shortAnswerQuestion.summariseResponse(parse(sample), { text: '  Gantt   chart ' })).toBe('Gantt chart');
  });
});
