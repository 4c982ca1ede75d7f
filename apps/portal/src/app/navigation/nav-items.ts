import type { Role } from '@tunas/portal/data-access';

export interface NavItem {
  readonly path: string;
  readonly labelKey: string;
  readonly icon: string;
  /** Shown only to people holding one of these roles; everyone signed in when absent. */
  readonly roles?: readonly Role[];
  readonly exact?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: 'home', exact: true },
  { path: '/kursus', labelKey: 'nav.catalogue', icon: 'library-books' },
  { path: '/kursus-saya', labelKey: 'nav.myCourses', icon: 'school', roles: ['LEARNER'] },
  { path: '/catatan-belajar', labelKey: 'learning.nav', icon: 'insights', roles: ['LEARNER'] },
  { path: '/ajar', labelKey: 'nav.authoring', icon: 'book', roles: ['TRAINER', 'PARTNER', 'ADMIN'] },
  { path: '/kelola-kuis', labelKey: 'quizAuthoring.nav', icon: 'list', roles: ['TRAINER', 'PARTNER', 'ADMIN'] },
  { path: '/pustaka', labelKey: 'materials.nav', icon: 'library-books', roles: ['PARTNER', 'TRAINER', 'ADMIN'] },
  { path: '/pimpinan', labelKey: 'supervision.nav', icon: 'group', roles: ['SUPERVISOR', 'ADMIN'] },
  { path: '/admin/pengguna', labelKey: 'nav.users', icon: 'group', roles: ['ADMIN'] },
  { path: '/admin/unit-organisasi', labelKey: 'nav.orgUnits', icon: 'account-tree', roles: ['ADMIN'] },
  { path: '/admin/institusi-mitra', labelKey: 'nav.institutions', icon: 'institution', roles: ['ADMIN'] },
  { path: '/admin/impor-pengguna', labelKey: 'nav.importUsers', icon: 'upload', roles: ['ADMIN'] },
  { path: '/admin/sertifikat', labelKey: 'certificatesAdmin.nav', icon: 'check', roles: ['ADMIN'] },
  { path: '/admin/templat-sertifikat', labelKey: 'certificateTemplates.nav', icon: 'edit', roles: ['ADMIN'] },
  { path: '/admin/target-jp', labelKey: 'jpTargets.nav', icon: 'insights', roles: ['ADMIN'] },
  { path: '/admin/log-audit', labelKey: 'nav.audit', icon: 'history', roles: ['ADMIN'] },
  { path: '/ubah-kata-sandi', labelKey: 'nav.changePassword', icon: 'lock' },
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}
