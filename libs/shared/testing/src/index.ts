export * from './lib/test-database';
export * from './lib/pdf-reader';
