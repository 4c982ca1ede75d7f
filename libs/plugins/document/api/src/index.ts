export * from './lib/document.server-activity';
