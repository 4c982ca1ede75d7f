export * from './lib/identity.module';
export * from './lib/entities';
export * from './lib/demo/demo-data';
export * from './lib/identity.exception';
export * from './lib/demo/demo-seed.service';
