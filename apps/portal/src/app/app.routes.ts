import type { Route } from '@angular/router';
import { requireRole, requireSignedIn, requireSignedOut } from '@tunas/portal/data-access';

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
        path: 'admin',
        canMatch: [requireRole('ADMIN')],
        loadChildren: () => import('@tunas/portal/feature-admin').then((m) => m.adminRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
