export * from './lib/activity-type';
export * from './lib/completion';
export * from './lib/question-type';
