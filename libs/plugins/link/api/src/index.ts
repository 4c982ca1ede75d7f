export * from './lib/link.server-activity';
