import type { MaterialKind } from '@tunas/api/core';
import { MaterialsException, MaterialsExceptionCode } from '../materials.exception';
import { formatBytes, isMaterialKind, MATERIAL_KINDS, MAX_UPLOAD_BYTES } from './material-kinds';

/** What the client declares in the tus `Upload-Metadata` header. */
export interface UploadRequest {
  kind: MaterialKind;
  fileName: string;
  title: string | null;
  /** A new version of this material (the caller must manage it); a new material otherwise. */
  materialId: string | null;
  description: string | null;
  topic: string | null;
  licence: string | null;
  /** Admins name the institution of a new material; partner staff upload into their own. */
  institutionId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseUploadRequest(metadata: Record<string, string | null> | undefined): UploadRequest {
  const value = (key: string, max: number): string | null => {
    const raw = metadata?.[key]?.trim();
    if (!raw) return null;
    if (raw.length > max) throw invalid(`Upload-Metadata "${key}" is longer than ${max} characters`);
    return raw;
  };
  const kind = value('kind', 20);
  if (!isMaterialKind(kind)) throw invalid(`Upload-Metadata "kind" must be one of ${MATERIAL_KINDS.join(', ')}`);
  const fileName = value('filename', 1000);
  if (!fileName) throw invalid('Upload-Metadata "filename" is required');
  const materialId = value('materialId', 36);
  if (materialId && !UUID.test(materialId)) throw invalid('Upload-Metadata "materialId" is not an id');
  const institutionId = value('institutionId', 36);
  if (institutionId && !UUID.test(institutionId)) throw invalid('Upload-Metadata "institutionId" is not an id');
  return {
    kind,
    fileName,
    title: value('title', 200),
    materialId,
    description: value('description', 2000),
    topic: value('topic', 100),
    licence: value('licence', 100),
    institutionId,
  };
}

export function assertWithinLimit(kind: MaterialKind, size: number): void {
  if (size > MAX_UPLOAD_BYTES[kind]) throw tooLarge(kind, size);
}

export function tooLarge(kind: MaterialKind, size: number | null): MaterialsException {
  const limit = formatBytes(MAX_UPLOAD_BYTES[kind]);
  return new MaterialsException(
    MaterialsExceptionCode.FileTooLarge,
    size === null ? `The file is too large: ${kind} files may be at most ${limit}` : `The file is too large (${formatBytes(size)}): ${kind} files may be at most ${limit}`,
  );
}

function invalid(message: string): MaterialsException {
  return new MaterialsException(MaterialsExceptionCode.InvalidUpload, message);
}
