export * from './lib/learning-record.module';
export * from './lib/entities/learning-record.entities';
export * from './lib/learning-record.types';
