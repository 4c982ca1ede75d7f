import { exportBlob } from './download-file.util';

describe('exportBlob', () => {
  it('decodes base64 content to bytes', async () => {
    const blob = exportBlob({ filename: 'a.xlsx', contentType: 'application/octet-stream', encoding: 'base64', content: btoa('PK\u0003\u0004') });
    expect(blob.size).toBe(4);
    expect(blob.type).toBe('application/octet-stream');
  });

  it('keeps UTF-8 text as it is', () => {
    const blob = exportBlob({ filename: 'a.csv', contentType: 'text/csv', encoding: 'utf-8', content: 'Nama;JP' });
    expect(blob.size).toBe(7);
  });
});
