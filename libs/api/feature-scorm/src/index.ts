export * from './lib/scorm.module';
export * from './lib/entities/scorm-attempt.entity';
