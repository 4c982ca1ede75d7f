import type { MaterialKind } from '../generated/materials.graphql';

export type { MaterialKind };

export const MATERIAL_KINDS: readonly MaterialKind[] = ['DOCUMENT', 'SLIDES', 'VIDEO', 'AUDIO', 'IMAGE', 'SCORM'];

const MB = 1024 * 1024;

/** The library's size limit per kind; the API enforces the same ones, the portal checks before sending a byte. */
export const MATERIAL_SIZE_LIMITS: Readonly<Record<MaterialKind, number>> = {
  DOCUMENT: 50 * MB,
  SLIDES: 50 * MB,
  IMAGE: 10 * MB,
  AUDIO: 100 * MB,
  VIDEO: 1024 * MB,
  SCORM: 300 * MB,
};

const EXTENSION_KINDS: Readonly<Record<string, MaterialKind>> = {
  pdf: 'DOCUMENT',
  doc: 'DOCUMENT',
  docx: 'DOCUMENT',
  odt: 'DOCUMENT',
  xls: 'DOCUMENT',
  xlsx: 'DOCUMENT',
  ods: 'DOCUMENT',
  ppt: 'SLIDES',
  pptx: 'SLIDES',
  odp: 'SLIDES',
  mp4: 'VIDEO',
  m4v: 'VIDEO',
  webm: 'VIDEO',
  ogv: 'VIDEO',
  mp3: 'AUDIO',
  m4a: 'AUDIO',
  oga: 'AUDIO',
  ogg: 'AUDIO',
  wav: 'AUDIO',
  png: 'IMAGE',
  jpg: 'IMAGE',
  jpeg: 'IMAGE',
  gif: 'IMAGE',
  webp: 'IMAGE',
  zip: 'SCORM',
};

/** What the file chooser offers: every extension the library knows. */
export const MATERIAL_ACCEPT = Object.keys(EXTENSION_KINDS)
  .map((extension) => `.${extension}`)
  .join(',');

/** The kind a file most likely is, from its extension; the uploader may change it before sending. */
export function inferMaterialKind(fileName: string): MaterialKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension ? (EXTENSION_KINDS[extension] ?? null) : null;
}

/** A readable default title: the file name without its extension, separators turned into spaces. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[a-z0-9]+$/i, '').replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return base || fileName;
}

export type MaterialFileProblem = 'empty' | 'tooLarge' | 'unknownKind';

/** Why a file cannot be sent as this kind, or null when it can. */
export function materialFileProblem(file: { readonly size: number }, kind: MaterialKind | null): MaterialFileProblem | null {
  if (!kind) return 'unknownKind';
  if (file.size === 0) return 'empty';
  if (file.size > MATERIAL_SIZE_LIMITS[kind]) return 'tooLarge';
  return null;
}

/** The tus `kind` metadata value (the API speaks lower case there). */
export function uploadKind(kind: MaterialKind): string {
  return kind.toLowerCase();
}
