import type { Route } from '@angular/router';
import { provideQuizIcons } from './quiz-icons';

/** Taking quizzes: overview, attempt and review pages (mounted at /kuis). */
export const learnerQuizRoutes: Route[] = [
  {
    path: '',
    providers: [provideQuizIcons()],
    children: [
      {
        path: 'percobaan/:attemptId',
        title: 'quiz.titles.attempt',
        loadComponent: () => import('./quiz-attempt-page.component').then((m) => m.QuizAttemptPageComponent),
      },
      {
        path: 'tinjau/:attemptId',
        title: 'quiz.titles.review',
        loadComponent: () => import('./quiz-review-page.component').then((m) => m.QuizReviewPageComponent),
      },
      {
        path: ':courseId/:activityId',
        title: 'quiz.titles.overview',
        loadComponent: () => import('./quiz-overview-page.component').then((m) => m.QuizOverviewPageComponent),
      },
    ],
  },
];
