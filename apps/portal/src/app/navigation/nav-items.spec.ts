import { navItemsFor } from './nav-items';

describe('navItemsFor', () => {
  it('shows a learner the catalogue and their courses, but not authoring', () => {
    expect(navItemsFor(['LEARNER']).map((item) => item.path)).toEqual(['/', '/kursus', '/kursus-saya', '/ubah-kata-sandi']);
  });

  it('adds authoring for a trainer who also learns', () => {
    expect(navItemsFor(['TRAINER', 'LEARNER']).map((item) => item.path)).toEqual([
      '/',
      '/kursus',
      '/kursus-saya',
      '/ajar',
      '/kelola-kuis',
      '/ubah-kata-sandi',
    ]);
  });

  it('gives partner staff authoring without "Kursus saya"', () => {
    expect(navItemsFor(['PARTNER']).map((item) => item.path)).toEqual(['/', '/kursus', '/ajar', '/kelola-kuis', '/ubah-kata-sandi']);
  });

  it('adds the admin screens and authoring for an admin', () => {
    expect(navItemsFor(['ADMIN']).map((item) => item.path)).toEqual([
      '/',
      '/kursus',
      '/ajar',
      '/kelola-kuis',
      '/admin/pengguna',
      '/admin/unit-organisasi',
      '/admin/institusi-mitra',
      '/admin/impor-pengguna',
      '/ubah-kata-sandi',
    ]);
  });
});
