export * from './lib/link.activity';
