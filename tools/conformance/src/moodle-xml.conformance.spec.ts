import { moodleXmlFormat, type MultipleChoiceConfig, type TrueFalseConfig } from '@tunas/plugins/questions/common';
import { conformanceCase, readCorpus } from './corpus';

const parse = (file: string) => moodleXmlFormat.parse(readCorpus('moodle-xml', file));
const path = (moodlePath: string) => moodlePath.split('/').slice(1);

describe('Moodle XML', () => {
  conformanceCase('Moodle XML error_invalid_grades.xml: an invalid grade aborts the question', () => {
    const result = parse('error_invalid_grades.xml');
    expect(result.questions).toHaveLength(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message.toLowerCase()).toContain('invalid grade(s) 0.33');
    expect(result.errors[0]?.line).toBe(4);
  });

  conformanceCase('Moodle XML broken_cloze_questions.xml: imports nothing, warns for each cloze with its line', () => {
    const result = parse('broken_cloze_questions.xml');
    expect(result.questions).toHaveLength(0);
    expect(result.errors).toHaveLength(0);
    expect(result.warnings.map((warning) => warning.line)).toEqual([4, 20, 36, 52, 68]);
    for (const warning of result.warnings) expect(warning.message).toContain('"cloze"');
  });

  conformanceCase('Moodle XML nested_categories_with_questions.xml: each question in its nested category', () => {
    const result = parse('nested_categories_with_questions.xml');
    expect(result.errors).toEqual([]);
    expect(result.questions.map((question) => [question.name, question.type, question.categoryPath])).toEqual([
      ['Iota Question', 'true-false', path('$course$/Iota')],
      ['Kappa Essay Question', 'essay', path('$course$/Iota/Kappa')],
      ['Kappa Question', 'true-false', path('$course$/Iota/Kappa')],
      ['Lambda Question', 'true-false', path('$course$/Iota/Kappa/Lambda')],
      ['Mu Question', 'true-false', path('$course$/Iota/Mu')],
    ]);
    for (const question of result.questions.filter((entry) => entry.type === 'true-false')) expect((question.config as TrueFalseConfig).correct).toBe(true);
  });

  conformanceCase('Moodle XML html_chars_in_idnumbers.xml: idnumber with & kept as text', () => {
    const result = parse('html_chars_in_idnumbers.xml');
    expect(result.questions.map((question) => [question.name, question.idNumber, question.categoryPath])).toEqual([['Alpha Question', 'T & F', ['Alpha']]]);
  });

  conformanceCase('Moodle XML export_category.xml: category and true/false question', () => {
    const result = parse('export_category.xml');
    expect(result.questions.map((question) => [question.name, question.type, question.categoryPath, question.config])).toEqual([
      ['Alpha Question', 'true-false', ['Alpha'], { correct: true, trueFeedback: '', falseFeedback: '' }],
    ]);
  });

  conformanceCase('Moodle XML old_format_file.xml: legacy categories without info or idnumber', () => {
    const result = parse('old_format_file.xml');
    expect(result.questions.map((question) => [question.name, question.type, question.categoryPath])).toEqual([
      ['Pi Question', 'true-false', ['Pi']],
      ['Rho Question', 'true-false', ['Pi', 'Rho']],
    ]);
  });

  conformanceCase('Moodle XML sample_questions_with_old_image_tag.xml: the image becomes part of the text, cloze is skipped with a warning', () => {
    const result = parse('sample_questions_with_old_image_tag.xml');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.message).toContain('"cloze"');
    const [mcq] = result.questions;
    expect(result.questions).toHaveLength(1);
    expect(mcq?.categoryPath).toEqual(['Default for Test images in backup']);
    expect(mcq?.text).toMatch(/<img src="data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/=]+"/);
    const config = mcq?.config as MultipleChoiceConfig;
    expect(config.single).toBe(true);
    expect(config.choices.map((choice) => [choice.text, choice.fraction])).toEqual([
      ['wrong answer', 0],
      ['another wrong answer', 0],
      ['right answer', 1],
    ]);
  });
});
