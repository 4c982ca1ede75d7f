import { defineQuestionType } from '@tunas/shared/plugin-sdk';
import { QUESTION_TYPE_IDS } from '../schemas';
import { TrueFalseConfig, trueFalseConfigSchema, TrueFalseResponse, trueFalseResponseSchema, TrueFalseView } from '../schemas/true-false.schema';

/** A statement the learner calls true or false, as Moodle's truefalse: all or nothing, feedback per answer given. */
export const trueFalseQuestion = defineQuestionType<TrueFalseConfig, TrueFalseResponse, TrueFalseView>({
  id: QUESTION_TYPE_IDS.trueFalse,
  schemaVersion: 1,
  label: { id: 'Benar/Salah', en: 'True/false' },
  configSchema: trueFalseConfigSchema,
  responseSchema: trueFalseResponseSchema,
  // The statement itself is the question text; nothing of the config is for the learner.
  learnerView: () => ({}),
  isCompleteResponse: (_config, response) => typeof response.value === 'boolean',
  grading: {
    mode: 'automatic',
    grade: (config, response) => (response.value === config.correct ? { fraction: 1, state: 'correct' } : { fraction: 0, state: 'incorrect' }),
  },
  feedback: (config, response) => [response.value ? config.trueFeedback : config.falseFeedback].filter((text) => text !== ''),
  rightAnswer: (config) => ({ value: config.correct }),
  summariseResponse: (_config, response) => (response.value ? 'Benar' : 'Salah'),
});
