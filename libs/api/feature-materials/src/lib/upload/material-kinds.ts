import type { MaterialKind } from '@tunas/api/core';

const MB = 1024 * 1024;

export const MATERIAL_KINDS: readonly MaterialKind[] = ['document', 'slides', 'video', 'audio', 'image', 'scorm'];

export function isMaterialKind(value: unknown): value is MaterialKind {
  return typeof value === 'string' && (MATERIAL_KINDS as readonly string[]).includes(value);
}

/** Largest accepted file per kind, in bytes; checked from Upload-Length when an upload is created and on every PATCH. */
export const MAX_UPLOAD_BYTES: Readonly<Record<MaterialKind, number>> = {
  document: 50 * MB,
  slides: 50 * MB,
  image: 10 * MB,
  audio: 100 * MB,
  video: 1024 * MB,
  scorm: 300 * MB,
};

/** "50 MB", "1 GB": for messages. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * MB && bytes % (1024 * MB) === 0 ? `${bytes / (1024 * MB)} GB` : `${Math.round(bytes / MB)} MB`;
}

/**
 * What a kind accepts, keyed by the type `file-type` detects from the magic bytes, with the file extensions that
 * may declare it. Office formats are zip containers that `file-type` recognises by their parts (docx, xlsx, pptx,
 * odt, ods, odp); the old binary Office formats are all `cfb`.
 */
export const ACCEPTED_TYPES: Readonly<Record<MaterialKind, Readonly<Record<string, readonly string[]>>>> = {
  document: { pdf: ['pdf'], docx: ['docx'], xlsx: ['xlsx'], odt: ['odt'], ods: ['ods'], cfb: ['doc', 'xls'] },
  slides: { pdf: ['pdf'], pptx: ['pptx'], odp: ['odp'], cfb: ['ppt'] },
  video: { mp4: ['mp4', 'm4v'], webm: ['webm'], ogv: ['ogv', 'ogg'], ogg: ['ogv', 'ogg'] },
  audio: { mp3: ['mp3'], ogg: ['ogg', 'oga'], oga: ['oga', 'ogg'], opus: ['opus', 'ogg'], wav: ['wav'], m4a: ['m4a'], mp4: ['m4a'] },
  image: { png: ['png'], jpg: ['jpg', 'jpeg'], webp: ['webp'], gif: ['gif'] },
  scorm: { zip: ['zip'] },
};

/** Content types served for what was detected, where the detected MIME type is not the one browsers expect. */
const CONTENT_TYPE_FOR: Readonly<Partial<Record<MaterialKind, Readonly<Record<string, string>>>>> = {
  audio: { ogg: 'audio/ogg', oga: 'audio/ogg', opus: 'audio/ogg', mp4: 'audio/mp4', m4a: 'audio/mp4' },
  video: { ogg: 'video/ogg', ogv: 'video/ogg' },
  document: { cfb: 'application/octet-stream' },
  slides: { cfb: 'application/vnd.ms-powerpoint' },
};

export function contentTypeFor(kind: MaterialKind, detectedExt: string, detectedMime: string): string {
  return CONTENT_TYPE_FOR[kind]?.[detectedExt] ?? detectedMime;
}
