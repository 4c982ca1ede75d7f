export * from './lib/feature-courses.module';
