export * from './lib/quiz.module';
export * from './lib/clock';
export * from './lib/entities';
export * from './lib/banks/question-bank.service';
export * from './lib/banks/question-transfer.service';
export * from './lib/attempts/quiz-attempt.service';
export * from './lib/demo/quiz-seed.service';
