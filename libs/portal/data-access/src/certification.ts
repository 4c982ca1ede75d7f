/**
 * Certification admin data access: every certificate (search, revocation), certificate templates and the yearly
 * JP targets. A separate entry point so that it, and its GraphQL documents, load with the admin screens only.
 */
export * from './lib/generated/certification.graphql';
export * from './lib/certification';
