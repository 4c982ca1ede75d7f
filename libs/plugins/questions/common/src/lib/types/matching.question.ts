import { defineQuestionType, QuestionGrade, seededShuffle, stateOfFraction } from '@tunas/shared/plugin-sdk';
import { QUESTION_TYPE_IDS } from '../schemas';
import { MatchingConfig, matchingConfigSchema, MatchingResponse, matchingResponseSchema, MatchingView } from '../schemas/matching.schema';
import { plainText } from './plain-text.util';

/**
 * The answer a learner chose for a prompt, if it is one of the question's answers. Own keys only: a prompt id
 * such as "constructor" must not find something on Object's prototype.
 */
function chosenAnswer(config: MatchingConfig, response: MatchingResponse, promptId: string): MatchingConfig['answers'][number] | undefined {
  if (!Object.hasOwn(response.matches, promptId)) return undefined;
  const answerId = response.matches[promptId];
  return config.answers.find((answer) => answer.id === answerId);
}

function gradeMatches(config: MatchingConfig, response: MatchingResponse): QuestionGrade {
  const right = config.pairs.filter((pair) => chosenAnswer(config, response, pair.id)?.id === pair.answerId).length;
  const fraction = right / config.pairs.length;
  return { fraction, state: stateOfFraction(fraction) };
}

/** Prompts matched to answers from one list, as Moodle's match: each right pair earns its share. */
export const matchingQuestion = defineQuestionType<MatchingConfig, MatchingResponse, MatchingView>({
  id: QUESTION_TYPE_IDS.matching,
  schemaVersion: 1,
  label: { id: 'Menjodohkan', en: 'Matching' },
  configSchema: matchingConfigSchema,
  responseSchema: matchingResponseSchema,
  learnerView: (config, context) => {
    // Prompts keep the trainer's order (they read like numbered statements); only the answer list is shuffled.
    const answers = config.answers.map((answer) => ({ id: answer.id, text: answer.text }));
    return {
      prompts: config.pairs.map((pair) => ({ id: pair.id, text: pair.prompt })),
      answers: config.shuffleAnswers ? seededShuffle(answers, context.seed) : answers,
    };
  },
  isCompleteResponse: (config, response) => config.pairs.every((pair) => chosenAnswer(config, response, pair.id) !== undefined),
  grading: { mode: 'automatic', grade: gradeMatches },
  feedback: () => [],
  rightAnswer: (config) => ({ matches: Object.fromEntries(config.pairs.map((pair) => [pair.id, pair.answerId])) }),
  summariseResponse: (config, response) =>
    config.pairs
      .flatMap((pair) => {
        const answer = chosenAnswer(config, response, pair.id);
        return answer ? [`${plainText(pair.prompt)} → ${plainText(answer.text)}`] : [];
      })
      .join('; '),
});
