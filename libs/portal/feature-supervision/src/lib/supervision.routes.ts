import type { Route } from '@angular/router';

/** The supervisor's (pimpinan's) screens, mounted at /pimpinan for supervisors and admins. */
export const supervisionRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'supervision.titles.dashboard',
    loadComponent: () => import('./dashboard/supervision-dashboard-page.component').then((m) => m.SupervisionDashboardPageComponent),
  },
  {
    path: 'orang/:userId',
    title: 'supervision.titles.person',
    loadComponent: () => import('./person/supervised-person-page.component').then((m) => m.SupervisedPersonPageComponent),
  },
  {
    path: 'pengajuan',
    title: 'supervision.titles.claims',
    loadComponent: () => import('./claims/external-learning-review-page.component').then((m) => m.ExternalLearningReviewPageComponent),
  },
  {
    path: 'peringkat',
    title: 'supervision.titles.leaderboard',
    loadComponent: () => import('./leaderboard/unit-leaderboard-page.component').then((m) => m.UnitLeaderboardPageComponent),
  },
];
