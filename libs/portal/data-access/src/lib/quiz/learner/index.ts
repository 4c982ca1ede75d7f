export {
  QuizLearnerApi,
  type QuizAttempt,
  type QuizAttemptSlot,
  type QuizAttemptSummary,
  type QuizOverview,
  type QuizReview,
  type QuizReviewSlot,
  type SavedQuizAnswers,
  type StartedQuizAttempt,
} from './quiz-learner.api';
export {
  ANSWER_DEBOUNCE_MS,
  QuizAnswerOutbox,
  type AnswerSaveStatus,
  type AttemptEnded,
  type RejectedAnswer,
  type RestoredChanges,
  type StoredSlot,
} from './quiz-answer-outbox.service';
export {
  DexieQuizAnswerOutboxStore,
  QUIZ_ANSWER_DATABASE_NAME,
  QUIZ_ANSWER_OUTBOX_STORE,
  type PendingAnswer,
  type PendingAttemptChanges,
  type PendingFlag,
  type QuizAnswerOutboxStore,
} from './quiz-answer-outbox.store';
