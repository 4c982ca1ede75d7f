import type { Route } from '@angular/router';

/** The admin area; each screen is its own chunk. */
export const adminRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'pengguna' },
  {
    path: 'pengguna',
    title: 'titles.users',
    loadComponent: () => import('./users/users-page.component').then((m) => m.UsersPageComponent),
  },
  {
    path: 'pengguna/baru',
    title: 'titles.createUser',
    loadComponent: () => import('./users/user-form-page.component').then((m) => m.UserFormPageComponent),
  },
  {
    path: 'pengguna/:id',
    title: 'titles.editUser',
    loadComponent: () => import('./users/user-form-page.component').then((m) => m.UserFormPageComponent),
  },
  {
    path: 'unit-organisasi',
    title: 'titles.orgUnits',
    loadComponent: () => import('./org-units/org-units-page.component').then((m) => m.OrgUnitsPageComponent),
  },
  {
    path: 'institusi-mitra',
    title: 'titles.institutions',
    loadComponent: () =>
      import('./institutions/institutions-page.component').then((m) => m.InstitutionsPageComponent),
  },
  {
    path: 'impor-pengguna',
    title: 'titles.importUsers',
    loadComponent: () => import('./import/import-users-page.component').then((m) => m.ImportUsersPageComponent),
  },
  {
    path: 'sertifikat',
    title: 'titles.certificatesAdmin',
    loadComponent: () => import('./certificates/certificates-page.component').then((m) => m.CertificatesPageComponent),
  },
  {
    path: 'templat-sertifikat',
    title: 'titles.certificateTemplates',
    loadComponent: () =>
      import('./certificate-templates/certificate-templates-page.component').then((m) => m.CertificateTemplatesPageComponent),
  },
  {
    path: 'target-jp',
    title: 'titles.jpTargets',
    loadComponent: () => import('./jp-targets/jp-targets-page.component').then((m) => m.JpTargetsPageComponent),
  },
  {
    path: 'log-audit',
    title: 'titles.audit',
    loadComponent: () => import('./audit/audit-log-page.component').then((m) => m.AuditLogPageComponent),
  },
];
