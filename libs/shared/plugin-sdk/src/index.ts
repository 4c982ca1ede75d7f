export * from './lib/activity-type';
export * from './lib/completion';
