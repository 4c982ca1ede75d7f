import type { Route } from '@angular/router';

/** Trainer screens: banks, questions, import, grading, statistics and gradebook (mounted at /kelola-kuis). */
export const quizAuthoringRoutes: Route[] = [];
