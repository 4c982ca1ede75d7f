import type { Route } from '@angular/router';

/** The inbox of the signed-in person's notifications (mounted at /notifikasi). */
export const notificationsRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'notifications.title',
    loadComponent: () => import('./inbox/notifications-page.component').then((m) => m.NotificationsPageComponent),
  },
];
