import { QuestionBankEntity, QuestionCategoryEntity, QuestionEntity, QuestionVersionEntity } from './question-bank.entities';
import { QuizAttemptEntity, QuizAttemptSlotEntity } from './quiz-attempt.entities';

export * from './question-bank.entities';
export * from './quiz-attempt.entities';

export const QUIZ_ENTITIES = [QuestionBankEntity, QuestionCategoryEntity, QuestionEntity, QuestionVersionEntity, QuizAttemptEntity, QuizAttemptSlotEntity];
