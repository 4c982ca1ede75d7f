export * from './lib/ui/ui';
