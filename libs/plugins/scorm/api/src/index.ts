export * from './lib/scorm.server-activity';
