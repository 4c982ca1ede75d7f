/**
 * SCORM data access: launching attempts, committing runtime data and listing the library's packages for the SCORM
 * activity. A separate entry point so that it, and its GraphQL documents, load with the course screens only.
 */
export * from './lib/generated/scorm.graphql';
export * from './lib/scorm/scorm-runtime.api';
