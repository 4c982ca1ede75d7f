export * from './lib/supervision.module';
export * from './lib/entities/supervision.entities';
