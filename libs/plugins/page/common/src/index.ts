export * from './lib/page.activity';
