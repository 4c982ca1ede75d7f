import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { EssayConfig, MatchingConfig, MultipleChoiceConfig, NumericalConfig, OrderingConfig, ShortAnswerConfig, TrueFalseConfig } from '../schemas';
import { QUESTION_TYPE_IDS } from '../schemas';
import { readCategoryPath } from './gift.parser';
import { matchMoodleFraction } from './moodle-grades';
import { asArray, attribute, child, childValue, isNode, readBoolean, readTextFormat, textOf, type XmlNode, type XmlValue } from './moodle-xml.node';
import { embedFiles, FileTooLargeError } from './moodle-xml.files';
import { type DraftCandidate, defaultQuestionName, localIdSequence, type QuestionImportCollector, roundFraction } from './question-import.collector';

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ['question', 'answer', 'subquestion', 'tag', 'file'].includes(name),
});

/** A question Moodle would refuse; its message becomes the import error. */
class QuestionRejection {
  constructor(readonly message: string) {}
}

type Built = Pick<DraftCandidate, 'type' | 'config'>;

/** Where each top-level `<question` starts, skipping comments and CDATA, as fast-xml-parser keeps no positions. */
function questionLines(content: string): number[] {
  const lines: number[] = [];
  for (const match of content.matchAll(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<question[\s>/]/g)) {
    if (match[0].startsWith('<question')) lines.push(content.slice(0, match.index).split('\n').length);
  }
  return lines;
}

export function readMoodleXml(content: string, collector: QuestionImportCollector): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(content)) {
    collector.error(1, 'DOCTYPE and ENTITY declarations are not allowed in a Moodle XML file (they can make the server read other files)');
    return;
  }
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    collector.error(valid.err.line || 1, `The file is not well-formed XML: ${valid.err.msg}`);
    return;
  }
  let document: XmlNode;
  try {
    document = xmlParser.parse(content) as XmlNode;
  } catch (error) {
    // The validator lets a few malformed processing instructions through that the parser then refuses.
    collector.error(1, `The file is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const quiz = child(document, 'quiz');
  if (!isNode(quiz)) {
    collector.error(1, 'Not a Moodle XML file: the root element must be <quiz>');
    return;
  }
  const lines = questionLines(content);
  let categoryPath: string[] = [];
  asArray(quiz['question']).forEach((question, index) => {
    const line = lines[index] ?? 1;
    const type = attribute(question, 'type') ?? '';
    if (type === 'category') {
      categoryPath = readCategoryPath(textOf(child(child(question, 'category'), 'text')) || textOf(child(question, 'category')));
      return;
    }
    readQuestion(question, type, line, categoryPath, collector);
  });
}

function readQuestion(question: XmlValue, type: string, line: number, categoryPath: string[], collector: QuestionImportCollector): void {
  const name = textOf(child(child(question, 'name'), 'text')).trim();
  try {
    const questionText = child(question, 'questiontext');
    const textFormat = readTextFormat(attribute(questionText, 'format'), 'html');
    const text = richText(questionText) + legacyImage(question);
    const label = name || defaultQuestionName(text);
    if (type === 'description') return collector.warn(line, 'Description items are not imported', label);
    const build = BUILDERS.get(type);
    if (!build) return collector.warn(line, `Question type "${type}" is not supported; the question was skipped`, label);
    const defaultMark = Number(childValue(question, 'defaultgrade') ?? 1);
    const idNumber = childValue(question, 'idnumber');
    const tagList = child(question, 'tags');
    const tags = asArray(isNode(tagList) ? tagList['tag'] : undefined)
      .map((tag) => textOf(child(tag, 'text')).trim())
      .filter((tag) => tag !== '');
    const built = build(question as XmlNode);
    collector.add({
      ...built,
      name: label,
      text,
      textFormat,
      generalFeedback: richText(child(question, 'generalfeedback')),
      defaultMark: Number.isFinite(defaultMark) && defaultMark >= 0 ? defaultMark : 1,
      categoryPath,
      tags,
      line,
      ...(idNumber ? { idNumber } : {}),
    });
  } catch (error) {
    if (error instanceof QuestionRejection || error instanceof FileTooLargeError) collector.error(line, error.message, name || undefined);
    else throw error;
  }
}

function richText(node: XmlValue): string {
  return embedFiles(textOf(child(node, 'text')).trim(), asArray(isNode(node) ? node['file'] : undefined));
}

/** Moodle 1.9 kept one image beside the text (`<image>` + `<image_base64>`); it joins the text so it is not lost. */
function legacyImage(question: XmlValue): string {
  const fileName = childValue(question, 'image');
  const base64 = childValue(question, 'image_base64');
  if (!fileName || !base64) return '';
  const file: XmlNode = { '#text': base64, '@_name': fileName, '@_encoding': 'base64' };
  return embedFiles(`<img src="@@PLUGINFILE@@/${fileName}" alt="" />`, [file]);
}

interface XmlAnswer {
  text: string;
  fraction: number;
  feedback: string;
  node: XmlValue;
}

function readAnswers(question: XmlNode, checkGrades: boolean): XmlAnswer[] {
  const invalid: string[] = [];
  const answers = asArray(question['answer']).map((node) => {
    const raw = attribute(node, 'fraction') ?? '0';
    const percent = Number(raw);
    const fraction = raw.trim() === '' || !Number.isFinite(percent) ? NaN : percent / 100;
    const matched = matchMoodleFraction(fraction);
    if (checkGrades && matched === null) invalid.push(Number.isFinite(fraction) ? String(fraction) : `"${raw}"`);
    return { text: richText(node), fraction: matched ?? (Number.isFinite(fraction) ? roundFraction(fraction) : 0), feedback: richText(child(node, 'feedback')), node };
  });
  if (invalid.length) {
    throw new QuestionRejection(`Invalid grade(s) ${invalid.join(', ')}: an answer's grade must be one of Moodle's (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5 or 0 percent, or minus one of them)`);
  }
  return answers;
}

const ANSWER_NUMBERINGS = ['abc', 'ABCD', '123', 'none'] as const;
type AnswerNumbering = (typeof ANSWER_NUMBERINGS)[number];

const BUILDERS: ReadonlyMap<string, (question: XmlNode) => Built> = new Map(Object.entries({
  multichoice: (question) => {
    const numbering = childValue(question, 'answernumbering') ?? 'abc';
    const nextId = localIdSequence('a');
    const config: MultipleChoiceConfig = {
      single: readBoolean(childValue(question, 'single'), true),
      shuffleAnswers: readBoolean(childValue(question, 'shuffleanswers'), true),
      answerNumbering: ANSWER_NUMBERINGS.includes(numbering as AnswerNumbering) ? (numbering as AnswerNumbering) : 'abc',
      choices: readAnswers(question, true).map((answer) => ({ id: nextId(), text: answer.text, fraction: answer.fraction, feedback: answer.feedback })),
      correctFeedback: richText(child(question, 'correctfeedback')),
      partiallyCorrectFeedback: richText(child(question, 'partiallycorrectfeedback')),
      incorrectFeedback: richText(child(question, 'incorrectfeedback')),
    };
    return { type: QUESTION_TYPE_IDS.multipleChoice, config };
  },
  truefalse: (question) => {
    const answers = readAnswers(question, false);
    const trueAnswer = answers.find((answer) => answer.text.toLowerCase() === 'true') ?? answers[0];
    const falseAnswer = answers.find((answer) => answer.text.toLowerCase() === 'false') ?? answers[1];
    if (!trueAnswer || !falseAnswer) throw new QuestionRejection('A true/false question needs a "true" and a "false" answer');
    const config: TrueFalseConfig = { correct: trueAnswer.fraction >= 1 - 1e-7, trueFeedback: trueAnswer.feedback, falseFeedback: falseAnswer.feedback };
    return { type: QUESTION_TYPE_IDS.trueFalse, config };
  },
  shortanswer: (question) => {
    const config: ShortAnswerConfig = {
      caseSensitive: readBoolean(childValue(question, 'usecase'), false),
      answers: readAnswers(question, true).map((answer) => ({ text: answer.text, fraction: answer.fraction, feedback: answer.feedback })),
    };
    return { type: QUESTION_TYPE_IDS.shortAnswer, config };
  },
  numerical: (question) => {
    const config: NumericalConfig = {
      answers: readAnswers(question, true).map((answer) => {
        const value = answer.text === '*' || answer.text === '' ? null : Number(answer.text);
        if (value !== null && !Number.isFinite(value)) throw new QuestionRejection(`The answer must be a number, for example -1.234 or 3e8, or '*' (found "${answer.text}")`);
        const tolerance = Number(childValue(answer.node, 'tolerance') ?? 0);
        return { value, tolerance: Number.isFinite(tolerance) ? Math.abs(tolerance) : 0, fraction: answer.fraction, feedback: answer.feedback };
      }),
    };
    return { type: QUESTION_TYPE_IDS.numerical, config };
  },
  matching: (question) => {
    const nextPairId = localIdSequence('p');
    const nextAnswerId = localIdSequence('a');
    const config: MatchingConfig = { shuffleAnswers: readBoolean(childValue(question, 'shuffleanswers'), true), pairs: [], answers: [] };
    for (const subquestion of asArray(question['subquestion'])) {
      const prompt = richText(subquestion);
      const answerText = textOf(child(child(subquestion, 'answer'), 'text')).trim();
      let answerId = config.answers.find((answer) => answer.text === answerText)?.id;
      if (!answerId) {
        answerId = nextAnswerId();
        config.answers.push({ id: answerId, text: answerText });
      }
      // A subquestion without a text only adds a wrong answer to choose from.
      if (prompt !== '') config.pairs.push({ id: nextPairId(), prompt, answerId });
    }
    return { type: QUESTION_TYPE_IDS.matching, config };
  },
  essay: (question) => {
    const words = (name: string) => {
      const value = Number(childValue(question, name) ?? '');
      return Number.isInteger(value) && value > 0 ? value : null;
    };
    const config: EssayConfig = {
      minWords: words('minwordlimit'),
      maxWords: words('maxwordlimit'),
      responseTemplate: richText(child(question, 'responsetemplate')),
      graderInfo: richText(child(question, 'graderinfo')),
    };
    return { type: QUESTION_TYPE_IDS.essay, config };
  },
  ordering: (question) => {
    const nextId = localIdSequence('a');
    // qtype_ordering keeps each item's right position in the answer's fraction.
    const items = readAnswers(question, false)
      .map((answer, position) => ({ answer, position }))
      .sort((left, right) => left.answer.fraction - right.answer.fraction || left.position - right.position)
      .map(({ answer }) => ({ id: nextId(), text: answer.text }));
    const grading = (childValue(question, 'gradingtype') ?? '').toUpperCase();
    const config: OrderingConfig = { items, gradingMode: grading === 'ALL_OR_NOTHING' || grading === '-1' ? 'allOrNothing' : 'absolutePosition' };
    return { type: QUESTION_TYPE_IDS.ordering, config };
  },
}));
