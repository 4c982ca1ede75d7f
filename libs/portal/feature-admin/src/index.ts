export * from './lib/feature-admin/feature-admin';
