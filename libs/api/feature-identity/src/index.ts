export * from './lib/feature-identity.module';
