import { defineQuestionType, floorFraction, GradedState, seededShuffle, stateOfFraction } from '@tunas/shared/plugin-sdk';
import { QUESTION_TYPE_IDS } from '../schemas';
import { MultipleChoiceConfig, multipleChoiceConfigSchema, MultipleChoiceResponse, multipleChoiceResponseSchema, MultipleChoiceView } from '../schemas/multiple-choice.schema';
import { plainText } from './plain-text.util';

type Choice = MultipleChoiceConfig['choices'][number];

/** The config accepts positive weights that add up to 100% within this margin (3 × 33.333%), so a sum this close is full marks. */
const FULL_MARKS_MARGIN = 1e-4;

/**
 * The choices a response picked, in config order. Unknown ids are ignored, not refused: a question edited
 * during an attempt must not break grading. A single-answer question counts only the first known pick.
 */
function chosenChoices(config: MultipleChoiceConfig, response: MultipleChoiceResponse): Choice[] {
  const known = response.choiceIds.filter((id) => config.choices.some((choice) => choice.id === id));
  const picked = new Set(config.single ? known.slice(0, 1) : known);
  return config.choices.filter((choice) => picked.has(choice.id));
}

function gradeChoices(config: MultipleChoiceConfig, response: MultipleChoiceResponse): { fraction: number; state: GradedState } {
  const chosen = chosenChoices(config, response);
  const sum = chosen.reduce((total, choice) => total + choice.fraction, 0);
  const fraction = !config.single && sum >= 1 - FULL_MARKS_MARGIN ? 1 : floorFraction(sum);
  return { fraction, state: stateOfFraction(fraction) };
}

/** Moodle's combined feedback: one text per graded state (a Record, so a new state does not compile unmapped). */
const OVERALL_FEEDBACK: Record<GradedState, 'correctFeedback' | 'partiallyCorrectFeedback' | 'incorrectFeedback'> = {
  correct: 'correctFeedback',
  partial: 'partiallyCorrectFeedback',
  incorrect: 'incorrectFeedback',
};

/** One answer (radio buttons) or several (check boxes), as Moodle's multichoice: weights add up, floored at 0. */
export const multipleChoiceQuestion = defineQuestionType<MultipleChoiceConfig, MultipleChoiceResponse, MultipleChoiceView>({
  id: QUESTION_TYPE_IDS.multipleChoice,
  schemaVersion: 1,
  label: { id: 'Pilihan ganda', en: 'Multiple choice' },
  configSchema: multipleChoiceConfigSchema,
  responseSchema: multipleChoiceResponseSchema,
  learnerView: (config, context) => {
    const choices = config.choices.map((choice) => ({ id: choice.id, text: choice.text }));
    return { single: config.single, answerNumbering: config.answerNumbering, choices: config.shuffleAnswers ? seededShuffle(choices, context.seed) : choices };
  },
  isCompleteResponse: (config, response) => chosenChoices(config, response).length > 0,
  grading: { mode: 'automatic', grade: gradeChoices },
  feedback: (config, response) => {
    const { state } = gradeChoices(config, response);
    return [...chosenChoices(config, response).map((choice) => choice.feedback), config[OVERALL_FEEDBACK[state]]].filter((text) => text !== '');
  },
  rightAnswer: (config) => {
    if (config.single) {
      // The config schema guarantees a 100% choice; the first one stands for the right answer, as in Moodle.
      const best = config.choices.find((choice) => choice.fraction >= 1 - 1e-7) ?? config.choices[0];
      return { choiceIds: best ? [best.id] : [] };
    }
    return { choiceIds: config.choices.filter((choice) => choice.fraction > 0).map((choice) => choice.id) };
  },
  summariseResponse: (config, response) =>
    chosenChoices(config, response)
      .map((choice) => plainText(choice.text))
      .join('; '),
});
