/**
 * Quiz data access: taking quizzes (with an offline answer outbox) and authoring banks, questions and quizzes.
 * A separate entry point so that it, and its GraphQL documents, load with the quiz screens only.
 */
export * from './lib/generated/quiz.graphql';
export * from './lib/quiz/learner';
export * from './lib/quiz/authoring';
