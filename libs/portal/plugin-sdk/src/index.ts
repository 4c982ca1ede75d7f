export {
  type ActivityContext,
  type ActivityEditor,
  type ActivityUi,
  type ActivityView,
  type AnyActivityUi,
  activityIconName,
  defineActivityUi,
} from './lib/activity-ui.model';
export {
  ACTIVITY_UIS,
  ActivityUiRegistry,
  DuplicateActivityUiError,
  InvalidActivityUiError,
  UnknownActivityUiError,
  indexActivityUis,
  provideActivityUis,
} from './lib/activity-ui.registry';
export {
  type AnyQuestionUi,
  type QuestionAnswerComponent,
  type QuestionEditorComponent,
  type QuestionReview,
  type QuestionReviewState,
  type QuestionUi,
  defineQuestionUi,
} from './lib/question-ui.model';
export {
  DuplicateQuestionUiError,
  InvalidQuestionUiError,
  QUESTION_UIS,
  QuestionUiRegistry,
  UnknownQuestionUiError,
  indexQuestionUis,
  provideQuestionUis,
} from './lib/question-ui.registry';
export {
  QUIZ_AUTHORING_LOOKUP,
  type QuizAuthoringLookup,
  type QuizLookupBank,
  type QuizLookupCategory,
  type QuizLookupQuestion,
} from './lib/quiz-authoring-lookup';
export {
  LIBRARY_MATERIALS,
  type LibraryMaterialKind,
  type LibraryMaterialOption,
  type LibraryMaterials,
} from './lib/library-materials';
