import type { DocumentContent } from '@tunas/plugins/document/common';

/** Translation keys for the file kinds a trainer can attach. */
export const DOCUMENT_FORMAT_KEYS: Readonly<Record<DocumentContent['mimeType'], string>> = {
  'application/pdf': 'plugins.document.formats.pdf',
  'application/msword': 'plugins.document.formats.word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'plugins.document.formats.word',
  'application/vnd.ms-excel': 'plugins.document.formats.excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'plugins.document.formats.excel',
  'application/vnd.ms-powerpoint': 'plugins.document.formats.powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'plugins.document.formats.powerpoint',
  'application/vnd.oasis.opendocument.text': 'plugins.document.formats.odt',
};

/** "1.2 MB", "640 KB": sizes as people read them. */
export function readableSize(bytes: number | undefined, language: string): string | null {
  if (bytes === undefined) {
    return null;
  }
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'MB'] : [Math.max(1, bytes / 1000), 'KB'];
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
