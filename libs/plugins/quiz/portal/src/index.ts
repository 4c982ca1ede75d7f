export { quizActivityUi } from './lib/quiz.activity-ui';
