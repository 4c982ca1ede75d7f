export * from './lib/document.activity';
