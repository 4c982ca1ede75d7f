import type { Route } from '@angular/router';
import { QuestionTypeNames } from './shared/question-type-names.service';

/** Trainer screens: banks, questions, import, grading, statistics and gradebook (mounted at /kelola-kuis). */
export const quizAuthoringRoutes: Route[] = [
  {
    path: '',
    providers: [QuestionTypeNames],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'quizAuthoring.titles.banks',
        loadComponent: () => import('./banks/question-banks-page.component').then((m) => m.QuestionBanksPageComponent),
      },
      {
        path: 'bank/:bankId',
        title: 'quizAuthoring.titles.bank',
        loadComponent: () => import('./banks/question-bank-page.component').then((m) => m.QuestionBankPageComponent),
      },
      {
        path: 'bank/:bankId/impor',
        title: 'quizAuthoring.titles.import',
        loadComponent: () => import('./import/question-import-page.component').then((m) => m.QuestionImportPageComponent),
      },
      {
        path: 'bank/:bankId/soal-baru/:type',
        title: 'quizAuthoring.titles.newQuestion',
        loadComponent: () => import('./questions/question-editor-page.component').then((m) => m.QuestionEditorPageComponent),
      },
      {
        path: 'soal/:questionId',
        title: 'quizAuthoring.titles.question',
        loadComponent: () => import('./questions/question-editor-page.component').then((m) => m.QuestionEditorPageComponent),
      },
      {
        path: 'penilaian/:courseId',
        title: 'quizAuthoring.titles.grading',
        loadComponent: () => import('./reports/grading-queue-page.component').then((m) => m.GradingQueuePageComponent),
      },
      {
        path: 'nilai/:courseId',
        title: 'quizAuthoring.titles.gradebook',
        loadComponent: () => import('./reports/gradebook-page.component').then((m) => m.GradebookPageComponent),
      },
      {
        path: 'statistik/:courseId/:activityId',
        title: 'quizAuthoring.titles.statistics',
        loadComponent: () => import('./reports/quiz-statistics-page.component').then((m) => m.QuizStatisticsPageComponent),
      },
    ],
  },
];
