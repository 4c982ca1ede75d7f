import type { Route } from '@angular/router';

/** Taking quizzes: overview, attempt and review pages (mounted at /kuis). */
export const learnerQuizRoutes: Route[] = [];
