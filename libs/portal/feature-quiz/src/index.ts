export { learnerQuizRoutes } from './lib/learner/learner-quiz.routes';
export { quizAuthoringRoutes } from './lib/authoring/quiz-authoring.routes';
