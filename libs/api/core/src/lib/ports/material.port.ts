import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import type { StoragePort } from './storage.port';

/** The kinds of file a materials library holds; each has its own size limit and accepted content types. */
export type MaterialKind = 'document' | 'slides' | 'video' | 'audio' | 'image' | 'scorm';

/** One stored version of a library material, as other features may see it. */
export interface MaterialVersionRef {
  materialId: string;
  versionId: string;
  version: number;
  institutionId: string;
  kind: MaterialKind;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  /** Storage key of the uploaded file itself. */
  storageKey: string;
  /** What the kind's processor found (a SCORM package's manifest summary), or null. */
  metadata: Record<string, unknown> | null;
}

/**
 * What other features may ask of the materials library without importing it. The materials feature provides it;
 * the SCORM feature and the activity guards use it. Both methods apply the library's object-level rules: partner
 * staff reach their institution's materials, trainers shared ones, admins all.
 */
export abstract class MaterialPort {
  /** The version if the principal may put it in a course; throws a domain error ("not found") otherwise. */
  abstract usableVersion(principal: Principal, versionId: string): Promise<MaterialVersionRef>;
  /** The version without an access check, for serving it to learners of a course that uses it. */
  abstract versionById(versionId: string): Promise<MaterialVersionRef | null>;
}

/** A file that finished uploading and passed the library's own checks (size, type sniffing, checksum). */
export interface AcceptedUpload {
  materialId: string;
  versionId: string;
  kind: MaterialKind;
  fileName: string;
  /** The complete file on local disk (read-only for the processor; removed after processing). */
  localPath: string;
  size: number;
  sha256: string;
  /** Prefix under which the processor may store derived files, e.g. `materials/<id>/<versionId>/package/`. */
  derivedPrefix: string;
}

/**
 * Kind-specific processing of an accepted upload before it becomes a version (a SCORM zip is inspected, its
 * manifest parsed and its files extracted). It returns metadata kept on the version, or throws a domain error whose
 * message names the problem; the upload is then refused and whatever the processor stored under `derivedPrefix` is
 * removed by the library.
 */
export abstract class MaterialProcessor {
  abstract readonly kind: MaterialKind;
  abstract process(upload: AcceptedUpload, storage: StoragePort): Promise<Record<string, unknown>>;
}

/** Processors registered by the installed features (from `onModuleInit`); at most one per kind. */
@Injectable()
export class MaterialProcessors {
  private readonly processors = new Map<MaterialKind, MaterialProcessor>();

  register(processor: MaterialProcessor): void {
    if (this.processors.has(processor.kind)) throw new Error(`A material processor for "${processor.kind}" is registered twice`);
    this.processors.set(processor.kind, processor);
  }

  for(kind: MaterialKind): MaterialProcessor | null {
    return this.processors.get(kind) ?? null;
  }
}
