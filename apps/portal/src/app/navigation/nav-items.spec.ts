import { navItemsFor } from './nav-items';

describe('navItemsFor', () => {
  it('shows a learner only the pages everyone has', () => {
    expect(navItemsFor(['LEARNER']).map((item) => item.path)).toEqual(['/', '/ubah-kata-sandi']);
  });

  it('adds the admin screens for an admin', () => {
    expect(navItemsFor(['LEARNER', 'ADMIN']).map((item) => item.path)).toEqual([
      '/',
      '/admin/pengguna',
      '/admin/unit-organisasi',
      '/admin/institusi-mitra',
      '/admin/impor-pengguna',
      '/ubah-kata-sandi',
    ]);
  });
});
