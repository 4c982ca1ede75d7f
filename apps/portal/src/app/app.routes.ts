import type { Route } from '@angular/router';
import { requireRole, requireSignedIn, requireSignedOut } from '@tunas/portal/data-access';

const loadCourses = () => import('@tunas/portal/feature-courses');

/** Screens that show or author activities get the installed activity UIs, loaded with them. */
function withActivityUis(loadRoutes: () => Promise<Route[]>): () => Promise<Route[]> {
  return async () => {
    const [children, plugins] = await Promise.all([loadRoutes(), import('../plugins')]);
    return [{ path: '', providers: [plugins.provideInstalledActivityUis()], children }];
  };
}

const loadQuiz = () => import('@tunas/portal/feature-quiz');

/** Quiz screens get the installed question UIs (and activity UIs, for the quiz editor's host), loaded with them. */
function withQuestionUis(loadRoutes: () => Promise<Route[]>): () => Promise<Route[]> {
  return async () => {
    const [children, plugins] = await Promise.all([loadRoutes(), import('../plugins')]);
    return [{ path: '', providers: [plugins.provideInstalledQuestionUis(), plugins.provideInstalledActivityUis()], children }];
  };
}

/** Every feature is its own lazy chunk; the admin area only loads for admins. */
export const appRoutes: Route[] = [
  {
    path: 'masuk',
    canMatch: [requireSignedOut],
    title: 'titles.login',
    loadComponent: () => import('@tunas/portal/feature-auth').then((m) => m.LoginPageComponent),
  },
  {
    path: 'aktivasi',
    title: 'titles.activation',
    loadComponent: () => import('@tunas/portal/feature-auth').then((m) => m.ActivationPageComponent),
  },
  {
    path: '',
    canMatch: [requireSignedIn],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.home',
        loadComponent: () => import('@tunas/portal/feature-home').then((m) => m.HomePageComponent),
      },
      {
        path: 'ubah-kata-sandi',
        title: 'titles.changePassword',
        loadComponent: () => import('@tunas/portal/feature-auth').then((m) => m.ChangePasswordPageComponent),
      },
      {
        path: 'kursus',
        loadChildren: () => loadCourses().then((m) => m.catalogueRoutes),
      },
      {
        path: 'kursus-saya',
        loadChildren: () => loadCourses().then((m) => m.myCoursesRoutes),
      },
      {
        path: 'belajar',
        loadChildren: withActivityUis(() => loadCourses().then((m) => m.studyRoutes)),
      },
      {
        path: 'ajar',
        canMatch: [requireRole('TRAINER', 'PARTNER', 'ADMIN')],
        loadChildren: withActivityUis(() => loadCourses().then((m) => m.authoringRoutes)),
      },
      {
        path: 'notifikasi',
        loadChildren: () => import('@tunas/portal/feature-notifications').then((m) => m.notificationsRoutes),
      },
      {
        path: 'catatan-belajar',
        loadChildren: () => import('@tunas/portal/feature-learning').then((m) => m.learningRoutes),
      },
      {
        path: 'kuis',
        loadChildren: withQuestionUis(() => loadQuiz().then((m) => m.learnerQuizRoutes)),
      },
      {
        path: 'kelola-kuis',
        canMatch: [requireRole('TRAINER', 'PARTNER', 'ADMIN')],
        loadChildren: withQuestionUis(() => loadQuiz().then((m) => m.quizAuthoringRoutes)),
      },
      {
        path: 'pustaka',
        canMatch: [requireRole('PARTNER', 'TRAINER', 'ADMIN')],
        loadChildren: () => import('@tunas/portal/feature-materials').then((m) => m.materialsRoutes),
      },
      {
        path: 'pimpinan',
        canMatch: [requireRole('SUPERVISOR', 'ADMIN')],
        loadChildren: () => import('@tunas/portal/feature-supervision').then((m) => m.supervisionRoutes),
      },
      {
        path: 'admin',
        canMatch: [requireRole('ADMIN')],
        loadChildren: () => import('@tunas/portal/feature-admin').then((m) => m.adminRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
