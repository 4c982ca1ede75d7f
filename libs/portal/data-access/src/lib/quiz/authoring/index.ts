export {
  QuestionBankApi,
  type BankQuestion,
  type QuestionBank,
  type QuestionCategory,
  type QuestionImportReport,
  type QuestionPreview,
  type QuestionTypeInfo,
} from './question-bank.api';
export {
  QuizReportsApi,
  type CourseGradebook,
  type GradingQueueItem,
  type QuizQuestionStatistics,
  type QuizStatistics,
  type RegradeReport,
} from './quiz-reports.api';
export { QuizAuthoringLookupService } from './quiz-authoring-lookup.service';
