import type { Readable } from 'node:stream';

/** An inclusive byte range, as an HTTP `Range: bytes=start-end` header asks for. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredObject {
  key: string;
  size: number;
}

/**
 * Where uploaded files live once accepted: local disk under `DATA_DIR/storage` by default, an S3-compatible bucket
 * when `STORAGE_DRIVER=s3`. Keys are relative and slash-separated; a segment may hold any printable character but
 * `\ : * ? " < > |` (SCORM packages name files with spaces and brackets), and may not be empty, `.` or `..`. An
 * adapter refuses any other key, so nothing can be written outside its area. Core provides the
 * adapter chosen by configuration; features inject `StoragePort` and never touch the disk themselves.
 */
export abstract class StoragePort {
  /** Human name for logs and health ("local", "s3"). */
  abstract readonly driver: string;
  /** Stores a whole object (replacing one with the same key), returning its size and SHA-256 (hex). */
  abstract put(key: string, body: Readable | Buffer, contentType?: string): Promise<{ size: number; sha256: string }>;
  /** Streams an object, or the inclusive byte range of it; throws `StorageNotFoundError` when absent. */
  abstract get(key: string, range?: ByteRange): Promise<Readable>;
  /** Size of an object, or null when absent. */
  abstract stat(key: string): Promise<StoredObject | null>;
  abstract delete(key: string): Promise<void>;
  /** Removes every object under a prefix (a SCORM package's extracted files). */
  abstract deletePrefix(prefix: string): Promise<void>;
}

export class StorageNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object "${key}"`);
  }
}

// No control characters, no backslash (a Windows separator) and none of the characters file systems reserve.
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const SEGMENT = /^[^\u0000-\u001f\u007f\\:*?"<>|]{1,255}$/;

/** Throws unless the key is a safe relative storage key (see `StoragePort`). */
export function assertStorageKey(key: string): void {
  const segments = key.split('/');
  if (!key || key.length > 1024 || segments.some((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..')) {
    throw new Error(`Unsafe storage key "${key.slice(0, 200)}"`);
  }
}
