import { EVIDENCE_MAX_BYTES, evidenceProblem, readAsBase64 } from './evidence-file.util';

const file = (name: string, type: string, size: number) => ({ name, type, size });

describe('evidenceProblem', () => {
  it('accepts a PDF, a JPEG and a PNG up to 5 MB', () => {
    expect(evidenceProblem(file('sertifikat.pdf', 'application/pdf', 120_000))).toBeNull();
    expect(evidenceProblem(file('foto.jpg', 'image/jpeg', EVIDENCE_MAX_BYTES))).toBeNull();
    expect(evidenceProblem(file('pindai.PNG', 'image/png', 1))).toBeNull();
  });

  it('refuses other types, even when renamed', () => {
    expect(evidenceProblem(file('catatan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 10))).toBe('type');
    expect(evidenceProblem(file('gambar.pdf', 'image/gif', 10))).toBe('type');
  });

  it('falls back to the file name when the browser gives no media type', () => {
    expect(evidenceProblem(file('sertifikat.pdf', '', 10))).toBeNull();
    expect(evidenceProblem(file('arsip.zip', '', 10))).toBe('type');
  });

  it('refuses a file over 5 MB and an empty one', () => {
    expect(evidenceProblem(file('besar.pdf', 'application/pdf', EVIDENCE_MAX_BYTES + 1))).toBe('tooLarge');
    expect(evidenceProblem(file('kosong.pdf', 'application/pdf', 0))).toBe('empty');
  });
});

describe('readAsBase64', () => {
  it('gives the bytes as plain base64', async () => {
    const content = await readAsBase64(new Blob(['%PDF-1.4'], { type: 'application/pdf' }));

    expect(content).toBe(Buffer.from('%PDF-1.4').toString('base64'));
  });
});
