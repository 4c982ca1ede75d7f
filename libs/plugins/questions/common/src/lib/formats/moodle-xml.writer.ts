import type { QuestionDraft, QuestionTextFormat } from '@tunas/shared/plugin-sdk';
import {
  essayConfigSchema,
  matchingConfigSchema,
  multipleChoiceConfigSchema,
  numericalConfigSchema,
  orderingConfigSchema,
  QUESTION_TYPE_IDS,
  shortAnswerConfigSchema,
  trueFalseConfigSchema,
} from '../schemas';
import { writeTextFormat } from './moodle-xml.node';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `<text>`, in CDATA when the text holds markup, as Moodle writes it. */
function text(value: string): string {
  if (!/[<>&]/.test(value)) return `<text>${value}</text>`;
  return `<text><![CDATA[${value.split(']]>').join(']]]]><![CDATA[>')}]]></text>`;
}

function textElement(name: string, value: string, format?: QuestionTextFormat): string {
  return `<${name}${format ? ` format="${writeTextFormat(format)}"` : ''}>\n      ${text(value)}\n    </${name}>`;
}

/** Percent with Moodle's 7 significant decimals: 33.33333, not 33.333330000000004. */
function percent(fraction: number): string {
  return String(Number((fraction * 100).toFixed(5)));
}

function answer(fraction: number, answerText: string, feedback: string, format: QuestionTextFormat, extra = ''): string {
  return [`    <answer fraction="${percent(fraction)}" format="${writeTextFormat(format)}">`, `      ${text(answerText)}`, extra, `      <feedback format="${writeTextFormat(format)}">`, `        ${text(feedback)}`, '      </feedback>', '    </answer>']
    .filter((line) => line !== '')
    .join('\n');
}

function categoryQuestion(path: readonly string[]): string {
  const fullPath = ['$course$', 'top', ...path.map((segment) => segment.replace(/\//g, '//'))].join('/');
  return `<!-- question: 0  -->\n  <question type="category">\n    <category>\n      ${text(fullPath)}\n    </category>\n  </question>\n\n`;
}

/** Writes Moodle XML that Moodle imports: a category question before each change of category, then the questions. */
export function writeMoodleXml(drafts: readonly QuestionDraft[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'];
  let category: readonly string[] | null = null;
  drafts.forEach((draft, index) => {
    if (category === null || draft.categoryPath.join('\u0000') !== category.join('\u0000')) {
      category = draft.categoryPath;
      out.push(categoryQuestion(category));
    }
    out.push(writeQuestion(draft, index + 1));
  });
  out.push('</quiz>\n');
  return out.join('');
}

function writeQuestion(draft: QuestionDraft, number: number): string {
  const body = writeBody(draft);
  if (!body) return `<!-- ${escapeXml(draft.type)} question "${escapeXml(draft.name).replace(/--/g, '- -')}" cannot be written in Moodle XML -->\n\n`;
  const lines = [
    `<!-- question: ${number}  -->`,
    `  <question type="${body.type}">`,
    `    <name>\n      ${text(draft.name)}\n    </name>`,
    `    ${textElement('questiontext', draft.text, draft.textFormat)}`,
    `    ${textElement('generalfeedback', draft.generalFeedback, draft.textFormat)}`,
    `    <defaultgrade>${draft.defaultMark}</defaultgrade>`,
    `    <idnumber>${escapeXml(draft.idNumber ?? '')}</idnumber>`,
    ...body.lines,
    ...(draft.tags.length ? ['    <tags>', ...draft.tags.map((tag) => `      <tag>${text(tag)}</tag>`), '    </tags>'] : []),
    '  </question>',
  ];
  return `${lines.join('\n')}\n\n`;
}

function writeBody(draft: QuestionDraft): { type: string; lines: string[] } | null {
  const format = draft.textFormat;
  const feedbackElement = (name: string, value: string) => `    ${textElement(name, value, format)}`;
  switch (draft.type) {
    case QUESTION_TYPE_IDS.multipleChoice: {
      const config = multipleChoiceConfigSchema.parse(draft.config);
      return {
        type: 'multichoice',
        lines: [
          `    <single>${config.single}</single>`,
          `    <shuffleanswers>${config.shuffleAnswers}</shuffleanswers>`,
          `    <answernumbering>${config.answerNumbering}</answernumbering>`,
          feedbackElement('correctfeedback', config.correctFeedback),
          feedbackElement('partiallycorrectfeedback', config.partiallyCorrectFeedback),
          feedbackElement('incorrectfeedback', config.incorrectFeedback),
          ...config.choices.map((choice) => answer(choice.fraction, choice.text, choice.feedback, format)),
        ],
      };
    }
    case QUESTION_TYPE_IDS.trueFalse: {
      const config = trueFalseConfigSchema.parse(draft.config);
      return { type: 'truefalse', lines: [answer(config.correct ? 1 : 0, 'true', config.trueFeedback, format), answer(config.correct ? 0 : 1, 'false', config.falseFeedback, format)] };
    }
    case QUESTION_TYPE_IDS.shortAnswer: {
      const config = shortAnswerConfigSchema.parse(draft.config);
      return { type: 'shortanswer', lines: [`    <usecase>${config.caseSensitive ? 1 : 0}</usecase>`, ...config.answers.map((entry) => answer(entry.fraction, entry.text, entry.feedback, format))] };
    }
    case QUESTION_TYPE_IDS.numerical: {
      const config = numericalConfigSchema.parse(draft.config);
      return {
        type: 'numerical',
        lines: config.answers.map((entry) => answer(entry.fraction, entry.value === null ? '*' : String(entry.value), entry.feedback, format, `      <tolerance>${entry.tolerance}</tolerance>`)),
      };
    }
    case QUESTION_TYPE_IDS.matching: {
      const config = matchingConfigSchema.parse(draft.config);
      const answerText = new Map(config.answers.map((entry) => [entry.id, entry.text]));
      const used = new Set(config.pairs.map((pair) => pair.answerId));
      const subquestion = (prompt: string, answerValue: string) =>
        `    <subquestion format="${writeTextFormat(format)}">\n      ${text(prompt)}\n      <answer>\n        ${text(answerValue)}\n      </answer>\n    </subquestion>`;
      return {
        type: 'matching',
        lines: [
          `    <shuffleanswers>${config.shuffleAnswers}</shuffleanswers>`,
          ...config.pairs.map((pair) => subquestion(pair.prompt, answerText.get(pair.answerId) ?? '')),
          ...config.answers.filter((entry) => !used.has(entry.id)).map((entry) => subquestion('', entry.text)),
        ],
      };
    }
    case QUESTION_TYPE_IDS.essay: {
      const config = essayConfigSchema.parse(draft.config);
      return {
        type: 'essay',
        lines: [
          '    <responseformat>editor</responseformat>',
          ...(config.minWords !== null ? [`    <minwordlimit>${config.minWords}</minwordlimit>`] : []),
          ...(config.maxWords !== null ? [`    <maxwordlimit>${config.maxWords}</maxwordlimit>`] : []),
          `    ${textElement('graderinfo', config.graderInfo, 'html')}`,
          `    ${textElement('responsetemplate', config.responseTemplate, 'html')}`,
        ],
      };
    }
    case QUESTION_TYPE_IDS.ordering: {
      const config = orderingConfigSchema.parse(draft.config);
      return {
        type: 'ordering',
        lines: [
          '    <layouttype>VERTICAL</layouttype>',
          '    <selecttype>ALL</selecttype>',
          '    <selectcount>0</selectcount>',
          `    <gradingtype>${config.gradingMode === 'allOrNothing' ? 'ALL_OR_NOTHING' : 'ABSOLUTE_POSITION'}</gradingtype>`,
          // qtype_ordering stores each item's position in the fraction attribute.
          ...config.items.map((item, position) => answer((position + 1) / 100, item.text, '', format)),
        ],
      };
    }
    default:
      return null;
  }
}
