import type { QuestionTextFormat } from '@tunas/shared/plugin-sdk';
import type { MatchingConfig, MultipleChoiceConfig, NumericalConfig, ShortAnswerConfig, TrueFalseConfig } from '../schemas';
import { QUESTION_TYPE_IDS } from '../schemas';
import { type GiftBlock, readCommentMarkers, readFormattedText, restoreEscapes } from './gift.lexer';
import { type DraftCandidate, defaultQuestionName, localIdSequence, type QuestionImportCollector, questionLabel, roundFraction } from './question-import.collector';

const WEIGHT = /^%-*([0-9]{1,2})\.?([0-9]*)%/;
const PHP_NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const TRUE_FALSE_ANSWERS = new Set(['T', 'TRUE', 'F', 'FALSE']);

type Shared = Omit<DraftCandidate, 'type' | 'config'>;
type Built = Pick<DraftCandidate, 'type' | 'config'> | { error: string };

/** `$CATEGORY: $course$/top/a/b` as a path from the bank's root: Moodle's context prefix and 'top' dropped. */
export function readCategoryPath(raw: string): string[] {
  const segments = raw
    .trim()
    .split(/(?<!\/)\/(?!\/)/)
    .map((segment) => segment.replace(/\/\//g, '/').trim());
  while (segments.length && /^\$[a-z0-9]*\$$/i.test(segments[0] ?? '')) segments.shift();
  if (segments[0] === 'top') segments.shift();
  return segments.filter((segment) => segment !== '');
}

/**
 * Reads one GIFT question the way Moodle's qformat_gift::readquestion does, and returns the category path
 * that applies from here on (changed only by a `$CATEGORY:` item).
 */
export function readGiftQuestion(block: GiftBlock, categoryPath: string[], collector: QuestionImportCollector): string[] {
  let text = block.text;
  if (text.startsWith('$CATEGORY:')) return readCategoryPath(restoreEscapes(text.slice('$CATEGORY:'.length)));

  let name: string | null = null;
  if (text.startsWith('::')) {
    const end = text.indexOf('::', 2);
    if (end >= 0) {
      name = restoreEscapes(text.slice(2, end)).trim();
      text = text.slice(end + 2).trim();
    } else {
      text = text.slice(2);
    }
  }

  const start = text.indexOf('{');
  let finish = text.indexOf('}');
  if (start < 0 && finish < 0) {
    const label = name || defaultQuestionName(readFormattedText(text, 'moodle').text);
    collector.warn(block.line, 'Description items are not imported', label);
    return categoryPath;
  }
  if (start < 0 || finish < start) {
    collector.error(block.line, 'Could not find {...} around answers', name || defaultQuestionName(restoreEscapes(text)));
    return categoryPath;
  }
  const trailing = text.slice(finish + 1);
  if (trailing.trim() !== '' && /^[\s"';]+$/.test(trailing)) {
    collector.warn(block.line, `Ignored stray text after the answer block: ${trailing.trim()}`, name ?? undefined);
    text = text.slice(0, finish + 1);
    finish = text.length - 1;
  }

  let answerText = text.slice(start + 1, finish).trim();
  const questionText = text.endsWith('}') ? text.slice(0, start) + text.slice(finish + 1) : `${text.slice(0, start)}_____${text.slice(finish + 1)}`;
  let generalFeedbackRaw = '';
  const separator = answerText.lastIndexOf('####');
  if (separator >= 0) {
    generalFeedbackRaw = answerText.slice(separator + 4);
    answerText = answerText.slice(0, separator).trim();
  }

  const question = readFormattedText(questionText, 'moodle');
  const generalFeedback = readFormattedText(generalFeedbackRaw, question.format);
  const { idNumber, tags } = readCommentMarkers(block.comment);
  const shared: Shared = {
    name: name || defaultQuestionName(question.text),
    text: question.text,
    textFormat: question.format,
    generalFeedback: generalFeedback.text,
    defaultMark: 1,
    categoryPath,
    tags,
    line: block.line,
    ...(idNumber ? { idNumber } : {}),
  };
  const built = buildConfig(answerText, question.format);
  if ('error' in built) collector.error(block.line, built.error, questionLabel(shared.name, shared.text));
  else collector.add({ ...shared, ...built });
  return categoryPath;
}

function buildConfig(answerText: string, format: QuestionTextFormat): Built {
  if (answerText === '') return { type: QUESTION_TYPE_IDS.essay, config: {} };
  if (answerText.startsWith('#')) return numerical(answerText.slice(1), format);
  if (answerText.includes('~')) return multipleChoice(answerText, format);
  if (answerText.includes('=') && answerText.includes('->')) return matching(answerText, format);
  const hash = answerText.indexOf('#');
  const trueFalseCheck = hash > 0 ? answerText.slice(0, hash).trim() : answerText;
  return TRUE_FALSE_ANSWERS.has(trueFalseCheck) ? trueFalse(answerText, format) : shortAnswer(answerText, format);
}

/** Splits on a separator and drops an empty first piece, as Moodle's explode + array_shift. */
function pieces(answerText: string, separator: string): string[] {
  const parts = answerText.split(separator);
  if (parts.length && (parts[0] ?? '').trim() === '') parts.shift();
  return parts.map((part) => part.trim());
}

function readWeight(answer: string, otherwise: number): { weight: number; rest: string } {
  if (!WEIGHT.test(answer)) return { weight: otherwise, rest: answer };
  const end = answer.indexOf('%', 1);
  const weight = Number(answer.slice(1, end)) / 100;
  return { weight: Number.isFinite(weight) ? roundFraction(weight) : 0, rest: answer.slice(end + 1) };
}

/** An answer and its feedback, split at the first `#` (Moodle's commentparser). */
function answerAndFeedback(answer: string, format: QuestionTextFormat): { text: string; feedback: string } {
  const hash = answer.indexOf('#');
  if (hash < 0) return { text: readFormattedText(answer.trim(), format).text, feedback: '' };
  return { text: readFormattedText(answer.slice(0, hash).trim(), format).text, feedback: readFormattedText(answer.slice(hash + 1).trim(), format).text };
}

const NOT_ENOUGH_ANSWERS = 'There are not enough answers for this question type';

function multipleChoice(answerText: string, format: QuestionTextFormat): Built {
  const answers = pieces(answerText.replace(/=/g, '~='), '~');
  if (answers.length < 2) return { error: NOT_ENOUGH_ANSWERS };
  const nextId = localIdSequence('a');
  const choices = answers.map((answer) => {
    const { weight, rest } = answer.startsWith('=') ? { weight: 1, rest: answer.slice(1) } : readWeight(answer, 0);
    return { id: nextId(), ...answerAndFeedback(rest, format), fraction: weight };
  });
  const config: MultipleChoiceConfig = {
    single: answerText.includes('='),
    shuffleAnswers: true,
    answerNumbering: 'abc',
    choices,
    correctFeedback: '',
    partiallyCorrectFeedback: '',
    incorrectFeedback: '',
  };
  return { type: QUESTION_TYPE_IDS.multipleChoice, config };
}

function matching(answerText: string, format: QuestionTextFormat): Built {
  const answers = pieces(answerText, '=');
  if (answers.length < 2) return { error: NOT_ENOUGH_ANSWERS };
  const nextPairId = localIdSequence('p');
  const nextAnswerId = localIdSequence('a');
  const config: MatchingConfig = { shuffleAnswers: true, pairs: [], answers: [] };
  for (const answer of answers) {
    const marker = answer.indexOf('->');
    if (marker < 0) return { error: 'Matching question answers are improperly formatted: every answer needs "->"' };
    const prompt = readFormattedText(answer.slice(0, marker), format).text;
    const answerValue = restoreEscapes(answer.slice(marker + 2)).trim();
    // Moodle offers each distinct answer text once, however many prompts share it.
    let answerId = config.answers.find((existing) => existing.text === answerValue)?.id;
    if (!answerId) {
      answerId = nextAnswerId();
      config.answers.push({ id: answerId, text: answerValue });
    }
    if (prompt !== '') config.pairs.push({ id: nextPairId(), prompt, answerId });
  }
  return { type: QUESTION_TYPE_IDS.matching, config };
}

function trueFalse(answerText: string, format: QuestionTextFormat): Built {
  const [answer = '', wrong, ...right] = answerText.split('#');
  const wrongFeedback = wrong === undefined ? '' : readFormattedText(wrong.trim(), format).text;
  const rightFeedback = right.length ? readFormattedText(right.join('#').trim(), format).text : '';
  const correct = ['T', 'TRUE'].includes(readFormattedText(answer.trim(), format).text);
  // The first feedback is for a wrong response, the second for a right one.
  const config: TrueFalseConfig = correct ? { correct, trueFeedback: rightFeedback, falseFeedback: wrongFeedback } : { correct, trueFeedback: wrongFeedback, falseFeedback: rightFeedback };
  return { type: QUESTION_TYPE_IDS.trueFalse, config };
}

function shortAnswer(answerText: string, format: QuestionTextFormat): Built {
  const answers = pieces(answerText, '=');
  if (answers.length < 1) return { error: NOT_ENOUGH_ANSWERS };
  const config: ShortAnswerConfig = {
    caseSensitive: false,
    answers: answers.map((answer) => {
      const { weight, rest } = readWeight(answer, 1);
      return { ...answerAndFeedback(rest, format), fraction: weight };
    }),
  };
  return { type: QUESTION_TYPE_IDS.shortAnswer, config };
}

function numerical(answerText: string, format: QuestionTextFormat): Built {
  const tilde = answerText.indexOf('~');
  const wrongFeedback = tilde >= 0 ? answerText.slice(tilde) : '';
  const answers = pieces(tilde >= 0 ? answerText.slice(0, tilde) : answerText, '=');
  if (answers.length === 0) return { error: 'No answers found in numerical question' };
  const config: NumericalConfig = { answers: [] };
  for (const answer of answers) {
    const { weight, rest } = readWeight(answer, 1);
    const { text, feedback } = answerAndFeedback(rest, format);
    const value = readNumericAnswer(text);
    if (!value) return { error: `Error - answers must be numeric ("${text}")` };
    config.answers.push({ ...value, fraction: weight, feedback });
  }
  if (wrongFeedback) config.answers.push({ value: null, tolerance: 0, fraction: 0, feedback: answerAndFeedback(wrongFeedback, format).feedback });
  return { type: QUESTION_TYPE_IDS.numerical, config };
}

/** `3`, `3:0.5` (value and tolerance), `1..5` (a range: its middle, half its width) or `*` (any other number). */
function readNumericAnswer(text: string): { value: number | null; tolerance: number } | null {
  const range = text.indexOf('..');
  if (range > 0) {
    const [min, max] = [text.slice(0, range), text.slice(range + 2)];
    if (!PHP_NUMERIC.test(min) || !PHP_NUMERIC.test(max)) return null;
    const middle = (Number(max) + Number(min)) / 2;
    return { value: middle, tolerance: Number(max) - middle };
  }
  const colon = text.indexOf(':');
  const [value, tolerance] = colon > 0 ? [text.slice(0, colon).trim(), text.slice(colon + 1).trim()] : [text.trim(), '0'];
  if (!PHP_NUMERIC.test(tolerance)) return null;
  if (value === '*') return { value: null, tolerance: Number(tolerance) };
  return PHP_NUMERIC.test(value) ? { value: Number(value), tolerance: Number(tolerance) } : null;
}
