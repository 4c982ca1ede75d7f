import type { Route } from '@angular/router';
import { provideMaterialIcons } from './shared/material-icons';

/** The materials library (mounted at /pustaka for partner staff, trainers and admins). */
export const materialsRoutes: Route[] = [
  {
    path: '',
    providers: [provideMaterialIcons()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'materials.titles.library',
        loadComponent: () => import('./library/materials-library-page.component').then((m) => m.MaterialsLibraryPageComponent),
      },
      {
        path: ':id',
        title: 'materials.titles.material',
        loadComponent: () => import('./detail/material-detail-page.component').then((m) => m.MaterialDetailPageComponent),
      },
    ],
  },
];
