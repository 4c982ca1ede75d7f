import type { Route } from '@angular/router';

/** The learner's record: JP this year, claims for learning elsewhere, certificates (mounted at /catatan-belajar). */
export const learningRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'learning.titles.record',
    loadComponent: () => import('./record/learning-record-page.component').then((m) => m.LearningRecordPageComponent),
  },
  {
    path: 'ajukan',
    title: 'learning.titles.claim',
    loadComponent: () => import('./claim/external-learning-form-page.component').then((m) => m.ExternalLearningFormPageComponent),
  },
  {
    path: 'sertifikat',
    title: 'learning.titles.certificates',
    loadComponent: () => import('./certificates/my-certificates-page.component').then((m) => m.MyCertificatesPageComponent),
  },
];
