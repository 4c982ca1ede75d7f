export * from './lib/certificates.module';
export * from './lib/entities/certificate.entities';
