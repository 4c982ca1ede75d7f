export * from './lib/activity-type.contract';
