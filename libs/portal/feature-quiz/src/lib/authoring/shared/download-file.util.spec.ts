import { downloadText, fileNameOf } from './download-file.util';

describe('fileNameOf', () => {
  it('turns a bank name into a plain file name', () => {
    expect(fileNameOf('Bank Soal: Pengadaan (2026)', 'xml')).toBe('bank-soal-pengadaan-2026.xml');
  });

  it('falls back to a name when nothing usable is left', () => {
    expect(fileNameOf('???', 'gift.txt')).toBe('tunas.gift.txt');
  });
});

describe('downloadText', () => {
  it('offers the text as a named file through an object URL', () => {
    const createObjectURL = jest.fn(() => 'blob:tunas/1');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    downloadText('nama,nilai\n', 'nilai.csv', 'text/csv');

    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(clicked.map((link) => [link.download, link.href])).toEqual([['nilai.csv', 'blob:tunas/1']]);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
