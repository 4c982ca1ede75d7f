export * from './lib/quiz.activity';
