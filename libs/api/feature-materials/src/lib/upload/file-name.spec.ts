import { extensionOf, sanitiseFileName, storageSafeName } from './file-name';

describe('sanitiseFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\maria\\Modul 1.pdf', 'Modul 1.pdf'],
    ['..\\..\\boot.ini', 'boot.ini'],
    ['laporan\u0000\u0007akhir.pdf', 'laporanakhir.pdf'],
    ['tagihan\u202Efdp.exe', 'tagihanfdp.exe'],
    ['  .hidden.pdf  ', 'hidden.pdf'],
    ['a<b>c:d"e|f?g*.pdf', 'a_b_c_d_e_f_g_.pdf'],
    ['../', 'berkas'],
    ['Pengelolaan   proyek\tdesa.pdf', 'Pengelolaan proyek desa.pdf'],
  ])('turns %j into %j', (raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it('keeps the extension when it shortens a long name', () => {
    const name = sanitiseFileName(`${'a'.repeat(400)}.pptx`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pptx')).toBe(true);
  });

  it('reads extensions and makes storage-safe names', () => {
    expect(extensionOf('Modul.PDF')).toBe('pdf');
    expect(extensionOf('README')).toBe('');
    expect(storageSafeName('Modul Proyek (v2) — Désa.pdf')).toBe('Modul-Proyek-v2-Desa.pdf');
    expect(storageSafeName('—')).toBe('berkas');
  });
});
