export * from './lib/activity-type.contract';
export * from './lib/testing/question-type.contract';
