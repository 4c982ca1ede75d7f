/** Control characters, and the bidirectional overrides that make "exe.pdf" look like "fdp.exe". */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const RESERVED = /[<>:"/\\|?*]/g;
const MAX_LENGTH = 200;

/**
 * The name a file is stored and offered under: the last path segment only (no "../", no folders from any OS),
 * without control or direction-override characters or characters that are reserved on common file systems, at
 * most 200 characters with its extension kept, never empty or hidden (a leading dot).
 */
export function sanitiseFileName(raw: string, fallback = 'berkas'): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  let name = lastSegment.normalize('NFC').replace(/[\t\n\r\v\f]/g, ' ').replace(INVISIBLE, '').replace(RESERVED, '_').replace(/\s+/g, ' ').trim();
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (!name) name = fallback;
  if (name.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_LENGTH - extension.length).trimEnd() + extension;
  }
  return name;
}

/** The lower-case extension without the dot, or '' when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** An ASCII form of the name for storage keys (`[A-Za-z0-9._-]`), e.g. "Modul Proyek (v2).pdf" -> "Modul-Proyek-v2.pdf". */
export function storageSafeName(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return ascii.slice(-120).replace(/^[-.]+/, '') || 'berkas';
}
