export * from './common.schema';
export * from './multiple-choice.schema';
export * from './true-false.schema';
export * from './short-answer.schema';
export * from './numerical.schema';
export * from './matching.schema';
export * from './ordering.schema';
export * from './essay.schema';

/** The ids of the question types this plugin installs. */
export const QUESTION_TYPE_IDS = {
  multipleChoice: 'multiple-choice',
  trueFalse: 'true-false',
  shortAnswer: 'short-answer',
  numerical: 'numerical',
  matching: 'matching',
  ordering: 'ordering',
  essay: 'essay',
} as const;
