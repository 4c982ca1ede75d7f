import { asArray, attribute, textOf, type XmlValue } from './moodle-xml.node';

export const MAX_EMBEDDED_FILE_BYTES = 2 * 1024 * 1024;

export class FileTooLargeError {
  readonly message: string;
  constructor(fileName: string, bytes: number) {
    this.message = `The embedded file "${fileName}" is ${(bytes / 1024 / 1024).toFixed(1)} MB; a file may be at most 2 MB`;
  }
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  webm: 'video/webm',
  pdf: 'application/pdf',
};

function mimeType(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/**
 * Replaces `@@PLUGINFILE@@/name` in a text with the file's content as a data: URI, so a question keeps its
 * images without a separate file store. Throws FileTooLargeError past 2 MB per file.
 */
export function embedFiles(text: string, files: readonly XmlValue[]): string {
  let result = text;
  for (const file of asArray([...files])) {
    const fileName = attribute(file, 'name') ?? '';
    if (!fileName || (attribute(file, 'encoding') ?? 'base64') !== 'base64') continue;
    const base64 = textOf(file).replace(/\s+/g, '');
    const bytes = Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
    if (bytes > MAX_EMBEDDED_FILE_BYTES) throw new FileTooLargeError(fileName, bytes);
    const uri = `data:${mimeType(fileName)};base64,${base64}`;
    const path = attribute(file, 'path') ?? '/';
    const relative = `${path.replace(/^\/+/, '')}${fileName}`;
    for (const reference of new Set([relative, encodeURI(relative), relative.split('/').map(encodeURIComponent).join('/')])) {
      result = result.split(`@@PLUGINFILE@@/${reference}`).join(uri);
    }
  }
  return result;
}
