import { ImportFileTooLargeError, MAX_IMPORT_BYTES, readQuestionFile } from './question-file.util';

describe('readQuestionFile', () => {
  it('reads a file as UTF-8 text', async () => {
    const file = new File(['::Asas::Prinsip transparan wajib diterapkan. {T}\n'], 'latihan.gift.txt', { type: 'text/plain' });

    await expect(readQuestionFile(file)).resolves.toBe('::Asas::Prinsip transparan wajib diterapkan. {T}\n');
  });

  it('refuses a file above 5 MB before reading it', async () => {
    const file = new File(['x'], 'besar.xml');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });

    await expect(readQuestionFile(file)).rejects.toBeInstanceOf(ImportFileTooLargeError);
  });
});
