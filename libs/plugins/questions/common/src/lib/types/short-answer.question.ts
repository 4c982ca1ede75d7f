import { defineQuestionType, QuestionGrade, stateOfFraction } from '@tunas/shared/plugin-sdk';
import { QUESTION_TYPE_IDS } from '../schemas';
import { ShortAnswerConfig, shortAnswerConfigSchema, ShortAnswerResponse, shortAnswerResponseSchema, ShortAnswerView } from '../schemas/short-answer.schema';

type AcceptedAnswer = ShortAnswerConfig['answers'][number];

const collapseWhitespace = (text: string): string => text.trim().replace(/\s+/g, ' ');

/**
 * The literal parts of an answer between its wildcards: `*` splits, `\*` is an asterisk. "Jakarta*" gives
 * ['Jakarta', ''], "5 \* 3" gives ['5 * 3'].
 */
function literalParts(answerText: string): string[] {
  return collapseWhitespace(answerText)
    .split(/(\\\*|\*)/)
    .reduce<string[]>(
      (parts, token) => {
        if (token === '*') return [...parts, ''];
        const last = parts.length - 1;
        parts[last] = (parts[last] ?? '') + (token === '\\*' ? '*' : token);
        return parts;
      },
      [''],
    );
}

/**
 * Moodle's compare_string_with_wildcard without a regular expression: the first part must start the text, the
 * last must end it and the others must follow in order between them. Matching leftmost is enough, and it stays
 * linear on learner input where a backtracking regex of many `*` would not.
 */
export function matchesAnswer(responseText: string, answerText: string, caseSensitive: boolean): boolean {
  const fold = (text: string) => (caseSensitive ? text : text.toLowerCase());
  const text = fold(collapseWhitespace(responseText));
  const parts = literalParts(answerText).map(fold);
  const first = parts[0] ?? '';
  if (parts.length === 1) return text === first;
  const last = parts[parts.length - 1] ?? '';
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  const middle = text.slice(first.length, text.length - last.length);
  let from = 0;
  for (const part of parts.slice(1, -1)) {
    const at = middle.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** The first accepted answer the response matches, as Moodle: order decides, not the best weight. */
function matchedAnswer(config: ShortAnswerConfig, response: ShortAnswerResponse): AcceptedAnswer | undefined {
  if (collapseWhitespace(response.text) === '') return undefined;
  return config.answers.find((answer) => matchesAnswer(response.text, answer.text, config.caseSensitive));
}

function gradeText(config: ShortAnswerConfig, response: ShortAnswerResponse): QuestionGrade {
  const fraction = matchedAnswer(config, response)?.fraction ?? 0;
  return { fraction, state: stateOfFraction(fraction) };
}

const hasWildcard = (answerText: string): boolean => literalParts(answerText).length > 1;

/** A word or phrase typed by the learner, compared with accepted answers that may hold `*` wildcards. */
export const shortAnswerQuestion = defineQuestionType<ShortAnswerConfig, ShortAnswerResponse, ShortAnswerView>({
  id: QUESTION_TYPE_IDS.shortAnswer,
  schemaVersion: 1,
  label: { id: 'Isian singkat', en: 'Short answer' },
  configSchema: shortAnswerConfigSchema,
  responseSchema: shortAnswerResponseSchema,
  learnerView: () => ({}),
  isCompleteResponse: (_config, response) => collapseWhitespace(response.text) !== '',
  grading: { mode: 'automatic', grade: gradeText },
  feedback: (config, response) => [matchedAnswer(config, response)?.feedback ?? ''].filter((text) => text !== ''),
  rightAnswer: (config) => {
    // Prefer an answer a learner could type as written; else drop the wildcards of a pattern. An earlier,
    // lower-weighted pattern may catch a candidate first, so keep only candidates that really earn full marks.
    const full = config.answers.filter((answer) => answer.fraction >= 1 - 1e-7);
    const candidates = [...full.filter((answer) => !hasWildcard(answer.text)), ...full.filter((answer) => hasWildcard(answer.text))].map((answer) => ({
      text: literalParts(answer.text).join(''),
    }));
    return candidates.find((candidate) => gradeText(config, candidate).fraction >= 1 - 1e-7) ?? candidates[0] ?? { text: '' };
  },
  summariseResponse: (_config, response) => collapseWhitespace(response.text),
});
