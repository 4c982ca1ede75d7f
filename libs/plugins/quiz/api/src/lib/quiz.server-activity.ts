import { ServerActivityType } from '@tunas/api/plugin-sdk';
import { quizActivity, quizLearnerContent } from '@tunas/plugins/quiz/common';
import type { QuizSettings, QuizState } from '@tunas/shared/contracts';

export const quizServerActivity: ServerActivityType<QuizSettings, QuizState> = {
  definition: quizActivity,
  learnerContent: quizLearnerContent,
};
