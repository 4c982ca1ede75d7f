import type { AnyQuestionUi } from '@tunas/portal/plugin-sdk';
import { multipleChoiceQuestionUi } from './multiple-choice/multiple-choice.question-ui';
import { trueFalseQuestionUi } from './true-false/true-false.question-ui';
import { shortAnswerQuestionUi } from './short-answer/short-answer.question-ui';
import { numericalQuestionUi } from './numerical/numerical.question-ui';
import { matchingQuestionUi } from './matching/matching.question-ui';
import { orderingQuestionUi } from './ordering/ordering.question-ui';
import { essayQuestionUi } from './essay/essay.question-ui';

/** The portal halves of the core question types, in the order an authoring menu lists them. */
export const questionsPortalUis: readonly AnyQuestionUi[] = [
  multipleChoiceQuestionUi,
  trueFalseQuestionUi,
  shortAnswerQuestionUi,
  numericalQuestionUi,
  matchingQuestionUi,
  orderingQuestionUi,
  essayQuestionUi,
];
