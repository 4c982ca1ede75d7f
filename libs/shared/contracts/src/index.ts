export * from './lib/identity/role';
export * from './lib/identity/asn-type';
export * from './lib/identity/nip';
export * from './lib/identity/email';
export * from './lib/identity/password-policy';
export * from './lib/assert-unreachable';
export * from './lib/quiz/quiz-settings';
export * from './lib/scorm/scorm-activity';
