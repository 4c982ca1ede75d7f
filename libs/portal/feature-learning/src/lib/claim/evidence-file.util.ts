/** The evidence a claim may carry: what the API accepts, checked here first so the learner hears at once. */
export const EVIDENCE_MEDIA_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
/** For the file picker; the type check below also looks at the name, as some systems give no media type. */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const EXTENSIONS: readonly string[] = ['pdf', 'jpg', 'jpeg', 'png'];

export type EvidenceProblem = 'type' | 'tooLarge' | 'empty';

/** Why a picked file cannot be evidence, or null when it can. */
export function evidenceProblem(file: Pick<File, 'name' | 'size' | 'type'>): EvidenceProblem | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const typeAllowed = file.type ? EVIDENCE_MEDIA_TYPES.includes(file.type) : EXTENSIONS.includes(extension);
  if (!typeAllowed) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > EVIDENCE_MAX_BYTES) return 'tooLarge';
  return null;
}

/** The file's bytes as base64, without the `data:` prefix a data URL would carry. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}
