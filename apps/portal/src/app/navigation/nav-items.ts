import type { Role } from '@tunas/portal/data-access';

export interface NavItem {
  readonly path: string;
  readonly labelKey: string;
  readonly icon: string;
  /** Shown only to people holding this role; everyone signed in when absent. */
  readonly role?: Role;
  readonly exact?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: 'home', exact: true },
  { path: '/admin/pengguna', labelKey: 'nav.users', icon: 'group', role: 'ADMIN' },
  { path: '/admin/unit-organisasi', labelKey: 'nav.orgUnits', icon: 'account-tree', role: 'ADMIN' },
  { path: '/admin/institusi-mitra', labelKey: 'nav.institutions', icon: 'institution', role: 'ADMIN' },
  { path: '/admin/impor-pengguna', labelKey: 'nav.importUsers', icon: 'upload', role: 'ADMIN' },
  { path: '/ubah-kata-sandi', labelKey: 'nav.changePassword', icon: 'lock' },
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.role || roles.includes(item.role));
}
