export * from './lib/schemas';
export * from './lib/types';
export * from './lib/formats';
