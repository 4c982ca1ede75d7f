/** Limits applied to a SCORM zip before anything is extracted. */
export interface ScormImportLimits {
  /** Maximum number of entries (files and directories) in the central directory. */
  maxEntries: number;
  /** Maximum sum of the uncompressed sizes of all entries, in bytes. */
  maxTotalUncompressedBytes: number;
  /** Maximum uncompressed size of a single entry, in bytes. */
  maxEntryUncompressedBytes: number;
  /** Maximum ratio uncompressed/compressed, per entry and for the whole archive (zip bomb guard). */
  maxCompressionRatio: number;
}

export const DEFAULT_SCORM_LIMITS: ScormImportLimits = Object.freeze({
  maxEntries: 5000,
  maxTotalUncompressedBytes: 1024 * 1024 * 1024,
  maxEntryUncompressedBytes: 500 * 1024 * 1024,
  maxCompressionRatio: 100,
});

export type ScormPackageErrorCode =
  | 'ZIP_INVALID'
  | 'ZIP_UNSAFE_PATH'
  | 'ZIP_SYMLINK'
  | 'ZIP_TOO_MANY_ENTRIES'
  | 'ZIP_TOO_LARGE'
  | 'ZIP_BOMB'
  | 'ZIP_ENCRYPTED'
  | 'ZIP_DUPLICATE_PATH'
  | 'ZIP_SIZE_MISMATCH'
  | 'MANIFEST_MISSING'
  | 'MANIFEST_NOT_AT_ROOT'
  | 'MANIFEST_MALFORMED'
  | 'MANIFEST_INVALID'
  | 'MANIFEST_UNSUPPORTED_VERSION'
  | 'MANIFEST_NO_ORGANIZATION'
  | 'MANIFEST_DANGLING_REFERENCE'
  | 'MANIFEST_NO_LAUNCH'
  | 'MANIFEST_DUPLICATE_IDENTIFIER'
  | 'LAUNCH_FILE_MISSING'
  | 'WRITE_FAILED';

/** A domain error with a stable code; `path` names the zip entry or manifest element concerned. */
export class ScormPackageError extends Error {
  constructor(
    readonly code: ScormPackageErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ScormPackageError';
  }
}

export interface ScormItem {
  identifier: string;
  title: string;
  identifierref: string | null;
  /** href of the resource + parameters, relative to the package root, xml:base applied. */
  launch: string | null;
  scormType: 'sco' | 'asset' | null;
  parameters: string | null;
  isVisible: boolean;
  dataFromLMS: string | null;
  /** SCORM 1.2 adlcp:masteryscore (0..100). */
  masteryScore: number | null;
  /** SCORM 2004 adlcp:completionThreshold (0..1; 4th edition attribute minProgressMeasure or element text). */
  completionThreshold: number | null;
  /** The item carries its own imsss:sequencing element (Tunas does not run IMS Simple Sequencing). */
  hasSequencing: boolean;
  /**
   * SCORM 2004 cmi.scaled_passing_score: the primary objective's imsss:minNormalizedMeasure when it is
   * satisfiedByMeasure (1.0 when the measure is omitted), else null.
   */
  scaledPassingScore: number | null;
  /** adlcp:timeLimitAction (2004) / adlcp:timelimitaction (1.2), e.g. 'continue,message'. */
  timeLimitAction: string | null;
  /** adlcp:maxtimeallowed (1.2, hh:mm:ss) or imsss:limitConditions@attemptAbsoluteDurationLimit (2004, ISO 8601). */
  maxTimeAllowed: string | null;
  /** SCORM 2004 4th edition adlcp:data/adlcp:map: the shared data stores (adl.data) this item may read/write. */
  sharedDataMaps: ScormSharedDataMap[];
  children: ScormItem[];
}

export interface ScormSharedDataMap {
  targetId: string;
  readSharedData: boolean;
  writeSharedData: boolean;
}

export interface ScormOrganization {
  identifier: string;
  title: string;
  items: ScormItem[];
  hasSequencing: boolean;
}

export interface ScormResource {
  identifier: string;
  type: string;
  scormType: 'sco' | 'asset' | null;
  /** href as written in the manifest (without xml:base). */
  href: string | null;
  /** Effective xml:base (manifest + resources + resource, combined), or null. */
  xmlBase: string | null;
  files: string[];
  dependencies: string[];
}

export interface ScormManifest {
  identifier: string;
  version: '1.2' | '2004';
  schemaVersion: string | null;
  /** SCORM 2004 edition guessed from schemaversion / namespaces ('2nd' | '3rd' | '4th'), null for 1.2. */
  edition: string | null;
  defaultOrganization: string | null;
  organizations: ScormOrganization[];
  resources: ScormResource[];
  /** Problems that did not prevent the import (dangling references, missing titles, guessed version...). */
  warnings: string[];
  /** The manifest has an imsss:sequencingCollection. */
  hasSequencingCollection: boolean;
}

export interface ScormLaunchable {
  itemIdentifier: string;
  title: string;
  launch: string;
  scormType: 'sco' | 'asset' | null;
}

export interface ScormPackageSummary {
  manifest: ScormManifest;
  version: '1.2' | '2004';
  title: string;
  launchables: ScormLaunchable[];
  fileCount: number;
  totalBytes: number;
}

export interface ScormZipEntry {
  path: string;
  size: number;
  compressedSize: number;
}

export interface ScormZipInspection {
  entries: ScormZipEntry[];
  manifestXml: string;
}

/** Receives each extracted file; `relativePath` is normalised (forward slashes, no `..`, no leading `/`). */
export type ScormFileWriter = (relativePath: string, data: NodeJS.ReadableStream, size: number) => Promise<void>;
