/** The API reads at most 5 MB of question text; larger files are refused before they are sent. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export class ImportFileTooLargeError extends Error {}

/** A picked file's text, read as UTF-8; refuses files above {@link MAX_IMPORT_BYTES}. */
export function readQuestionFile(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) {
    return Promise.reject(new ImportFileTooLargeError(`${file.name} is ${file.size} bytes`));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsText(file, 'UTF-8');
  });
}
