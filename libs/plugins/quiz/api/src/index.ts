export * from './lib/quiz.server-activity';
