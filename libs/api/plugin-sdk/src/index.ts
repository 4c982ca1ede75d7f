export * from './lib/server-activity-type';
export * from './lib/activity-type.registry';
export * from './lib/activity-plugins.module';
export * from './lib/question-type.registry';
export * from './lib/question-plugins.module';
