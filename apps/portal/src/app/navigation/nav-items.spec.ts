import { navItemsFor } from './nav-items';

describe('navItemsFor', () => {
  it('shows a learner the catalogue, their courses and their learning record, but not authoring', () => {
    expect(navItemsFor(['LEARNER']).map((item) => item.path)).toEqual(['/', '/kursus', '/kursus-saya', '/catatan-belajar', '/ubah-kata-sandi']);
  });

  it('adds authoring for a trainer who also learns', () => {
    expect(navItemsFor(['TRAINER', 'LEARNER']).map((item) => item.path)).toEqual([
      '/',
      '/kursus',
      '/kursus-saya',
      '/catatan-belajar',
      '/ajar',
      '/kelola-kuis',
      '/pustaka',
      '/ubah-kata-sandi',
    ]);
  });

  it('gives partner staff authoring without "Kursus saya"', () => {
    expect(navItemsFor(['PARTNER']).map((item) => item.path)).toEqual(['/', '/kursus', '/ajar', '/kelola-kuis', '/pustaka', '/ubah-kata-sandi']);
  });

  it('adds the admin screens and authoring for an admin', () => {
    expect(navItemsFor(['ADMIN']).map((item) => item.path)).toEqual([
      '/',
      '/kursus',
      '/ajar',
      '/kelola-kuis',
      '/pustaka',
      '/pimpinan',
      '/admin/pengguna',
      '/admin/unit-organisasi',
      '/admin/institusi-mitra',
      '/admin/impor-pengguna',
      '/admin/sertifikat',
      '/admin/templat-sertifikat',
      '/admin/target-jp',
      '/admin/log-audit',
      '/ubah-kata-sandi',
    ]);
  });

  it('adds the supervision dashboard for a supervisor who also learns', () => {
    const paths = navItemsFor(['SUPERVISOR', 'LEARNER']).map((item) => item.path);
    expect(paths).toContain('/pimpinan');
    expect(paths).not.toContain('/admin/pengguna');
  });
});
