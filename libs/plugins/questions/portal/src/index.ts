export { questionsPortalUis } from './lib/questions-portal-uis';
export { multipleChoiceQuestionUi } from './lib/multiple-choice/multiple-choice.question-ui';
export { trueFalseQuestionUi } from './lib/true-false/true-false.question-ui';
export { shortAnswerQuestionUi } from './lib/short-answer/short-answer.question-ui';
export { numericalQuestionUi } from './lib/numerical/numerical.question-ui';
export { matchingQuestionUi } from './lib/matching/matching.question-ui';
export { orderingQuestionUi } from './lib/ordering/ordering.question-ui';
export { essayQuestionUi } from './lib/essay/essay.question-ui';
