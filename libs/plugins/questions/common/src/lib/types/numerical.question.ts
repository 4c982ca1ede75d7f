import { defineQuestionType, QuestionGrade, stateOfFraction } from '@tunas/shared/plugin-sdk';
import { QUESTION_TYPE_IDS } from '../schemas';
import { NumericalConfig, numericalConfigSchema, NumericalResponse, numericalResponseSchema, NumericalView } from '../schemas/numerical.schema';

type NumericalAnswer = NumericalConfig['answers'][number];

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a number as an Indonesian or an English speaker types it: "3,5" and "3.5" are both 3.5. When both
 * separators appear ("1.234,5"), the last one is the decimal separator and the other groups thousands.
 * Anything else (words, units, "1,234,567") is not a number: better shown back than guessed.
 */
export function parseLocalisedNumber(text: string): number | null {
  let normalised = text.trim();
  const lastComma = normalised.lastIndexOf(',');
  const lastDot = normalised.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    normalised = lastComma > lastDot ? normalised.replace(/\./g, '').replace(',', '.') : normalised.replace(/,/g, '');
  } else {
    normalised = normalised.replace(/,/g, '.');
  }
  if (!PLAIN_NUMBER.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Whether a number falls within an answer; the epsilon absorbs binary rounding (0.1 + 0.2 within 0.3 ± 0). */
function withinAnswer(value: number, answer: NumericalAnswer): boolean {
  if (answer.value === null) return true;
  return Math.abs(value - answer.value) <= answer.tolerance + 1e-12 * Math.max(1, Math.abs(answer.value));
}

/** The first answer the response falls within, as Moodle: order decides, and `null` (Moodle's `*`) takes the rest. */
function matchedAnswer(config: NumericalConfig, response: NumericalResponse): NumericalAnswer | undefined {
  const value = parseLocalisedNumber(response.text);
  return value === null ? undefined : config.answers.find((answer) => withinAnswer(value, answer));
}

function gradeNumber(config: NumericalConfig, response: NumericalResponse): QuestionGrade {
  const fraction = matchedAnswer(config, response)?.fraction ?? 0;
  return { fraction, state: stateOfFraction(fraction) };
}

/** A number typed by the learner, right within a tolerance (GIFT ranges arrive as middle ± half-width). */
export const numericalQuestion = defineQuestionType<NumericalConfig, NumericalResponse, NumericalView>({
  id: QUESTION_TYPE_IDS.numerical,
  schemaVersion: 1,
  label: { id: 'Numerik', en: 'Numerical' },
  configSchema: numericalConfigSchema,
  responseSchema: numericalResponseSchema,
  learnerView: () => ({}),
  isCompleteResponse: (_config, response) => parseLocalisedNumber(response.text) !== null,
  grading: { mode: 'automatic', grade: gradeNumber },
  feedback: (config, response) => [matchedAnswer(config, response)?.feedback ?? ''].filter((text) => text !== ''),
  rightAnswer: (config) => {
    // The config schema guarantees a 100% answer with a value; String() gives text the parser reads back.
    const value = config.answers.find((answer) => answer.value !== null && answer.fraction >= 1 - 1e-7)?.value;
    return { text: typeof value === 'number' ? String(value) : '' };
  },
  summariseResponse: (_config, response) => {
    const value = parseLocalisedNumber(response.text);
    return value === null ? response.text.trim() : String(value);
  },
});
