export * from './lib/feature-auth/feature-auth';
