export * from './lib/scorm.activity';
export * from './lib/scorm-runtime-guard';
