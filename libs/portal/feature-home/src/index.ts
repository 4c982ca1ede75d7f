export * from './lib/feature-home/feature-home';
