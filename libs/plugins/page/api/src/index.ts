export * from './lib/page.server-activity';
