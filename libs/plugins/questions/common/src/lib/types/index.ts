import { AnyQuestionType } from '@tunas/shared/plugin-sdk';
import { essayQuestion } from './essay.question';
import { matchingQuestion } from './matching.question';
import { multipleChoiceQuestion } from './multiple-choice.question';
import { numericalQuestion } from './numerical.question';
import { orderingQuestion } from './ordering.question';
import { shortAnswerQuestion } from './short-answer.question';
import { trueFalseQuestion } from './true-false.question';

export { essayQuestion, matchingQuestion, multipleChoiceQuestion, numericalQuestion, orderingQuestion, shortAnswerQuestion, trueFalseQuestion };

/** The question types this plugin installs, in the order an authoring menu lists them. */
export const CORE_QUESTION_TYPES: readonly AnyQuestionType[] = [
  multipleChoiceQuestion,
  trueFalseQuestion,
  shortAnswerQuestion,
  numericalQuestion,
  matchingQuestion,
  orderingQuestion,
  essayQuestion,
];
