import { defineQuestionType } from '@tunas/shared/plugin-sdk';
import { QUESTION_TYPE_IDS } from '../schemas';
import { EssayConfig, essayConfigSchema, EssayResponse, essayResponseSchema, EssayView } from '../schemas/essay.schema';
import { plainText } from './plain-text.util';

const SUMMARY_LENGTH = 100;

/** A written answer graded by a person, as Moodle's essay; graderInfo stays with the graders. */
export const essayQuestion = defineQuestionType<EssayConfig, EssayResponse, EssayView>({
  id: QUESTION_TYPE_IDS.essay,
  schemaVersion: 1,
  label: { id: 'Esai', en: 'Essay' },
  configSchema: essayConfigSchema,
  responseSchema: essayResponseSchema,
  learnerView: (config) => ({ minWords: config.minWords, maxWords: config.maxWords, responseTemplate: config.responseTemplate }),
  // The untouched template is not an answer, as Moodle: otherwise opening the question would count as answering it.
  isCompleteResponse: (config, response) => {
    const text = plainText(response.text);
    return text !== '' && text !== plainText(config.responseTemplate);
  },
  grading: { mode: 'manual' },
  feedback: () => [],
  // There is no right answer to show; an empty text says so without inventing one.
  rightAnswer: () => ({ text: '' }),
  // Spread by code point, so that the cut never splits an emoji or another astral character in two.
  summariseResponse: (_config, response) => [...plainText(response.text)].slice(0, SUMMARY_LENGTH).join(''),
});
