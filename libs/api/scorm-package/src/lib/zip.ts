import { Readable, Transform, TransformCallback } from 'node:stream';
import * as yauzl from 'yauzl';
import { ScormImportLimits, ScormPackageError, ScormZipEntry } from './types';

/** Ratio checks apply only above this size: tiny text files legitimately compress 100:1 or more. */
export const RATIO_CHECK_MIN_BYTES = 1024 * 1024;

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/** One central-directory entry that passed every check. */
export interface CheckedZipEntry extends ScormZipEntry {
  isDirectory: boolean;
  /** The yauzl entry, to open its data later. */
  raw: yauzl.Entry;
}

/**
 * Normalises a zip entry name to a safe relative path (forward slashes, no `.` or empty segments) or throws
 * ZIP_UNSAFE_PATH. Backslashes count as separators, so `..\evil` is caught like `../evil`.
 */
export function normaliseEntryPath(name: string): string {
  const unsafe = (why: string) =>
    new ScormPackageError('ZIP_UNSAFE_PATH', `The archive contains the unsafe path '${name}' (${why}); it was refused.`, name);
  if (name.length === 0) throw unsafe('empty name');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) throw unsafe('control character');
  const slashed = name.replace(/\\/g, '/');
  if (slashed.startsWith('/')) throw unsafe('absolute path');
  if (/^[a-zA-Z]:/.test(slashed)) throw unsafe('drive letter');
  const segments = slashed.split('/');
  if (segments.includes('..')) throw unsafe("'..' segment leaves the package folder");
  const kept = segments.filter((s) => s !== '' && s !== '.');
  if (kept.length === 0) throw unsafe('no file name');
  return kept.join('/') + (slashed.endsWith('/') ? '/' : '');
}

function entryName(entry: yauzl.Entry): string {
  // decodeStrings is off (yauzl would throw its own untyped error on unsafe names); decode like yauzl does.
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
}

function unixMode(entry: yauzl.Entry): number {
  return (entry.externalFileAttributes >>> 16) & 0xffff;
}

export async function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  try {
    return await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    throw new ScormPackageError('ZIP_INVALID', `The file is not a readable zip archive: ${(error as Error).message}`);
  }
}

/**
 * Reads the whole central directory and applies every limit and safety rule; nothing is decompressed here.
 * Throws ScormPackageError on the first problem.
 */
export async function checkCentralDirectory(zip: yauzl.ZipFile, limits: ScormImportLimits): Promise<CheckedZipEntry[]> {
  if (zip.entryCount > limits.maxEntries) {
    throw new ScormPackageError(
      'ZIP_TOO_MANY_ENTRIES',
      `The archive has ${zip.entryCount} entries; at most ${limits.maxEntries} are allowed.`,
    );
  }
  const entries: CheckedZipEntry[] = [];
  const files = new Set<string>();
  const folders = new Set<string>();
  let totalBytes = 0;
  let totalCompressed = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entryName(entry);
      const path = normaliseEntryPath(name);
      const isDirectory = path.endsWith('/');
      const mode = unixMode(entry);
      const type = mode & S_IFMT;
      if (type === S_IFLNK) {
        throw new ScormPackageError('ZIP_SYMLINK', `The archive contains a symbolic link '${name}'; links are refused.`, name);
      }
      if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
        throw new ScormPackageError('ZIP_SYMLINK', `The archive contains '${name}', which is not a regular file or folder.`, name);
      }
      if (entry.isEncrypted()) {
        throw new ScormPackageError('ZIP_ENCRYPTED', `The archive entry '${name}' is encrypted; encrypted packages are refused.`, name);
      }
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        throw new ScormPackageError(
          'ZIP_INVALID',
          `The archive entry '${name}' uses compression method ${entry.compressionMethod}; only stored and deflated entries are supported.`,
          name,
        );
      }
      const clean = isDirectory ? path.slice(0, -1) : path;
      const key = clean.toLowerCase();
      if (files.has(key) || (!isDirectory && folders.has(key))) {
        throw new ScormPackageError('ZIP_DUPLICATE_PATH', `The archive contains '${clean}' more than once.`, name);
      }
      // every parent of a file is a folder; a file may not have the name of a folder and vice versa
      const parts = clean.split('/');
      for (let i = 1; i < parts.length; i++) {
        const parent = parts.slice(0, i).join('/').toLowerCase();
        if (files.has(parent)) {
          throw new ScormPackageError('ZIP_DUPLICATE_PATH', `The archive contains '${parent}' both as a file and as a folder.`, name);
        }
        folders.add(parent);
      }
      if (isDirectory) {
        folders.add(key);
      } else {
        files.add(key);
      }
      const size = entry.uncompressedSize;
      const compressedSize = entry.compressedSize;
      if (size > limits.maxEntryUncompressedBytes) {
        throw new ScormPackageError(
          'ZIP_TOO_LARGE',
          `The archive entry '${clean}' is ${size} bytes uncompressed; at most ${limits.maxEntryUncompressedBytes} bytes are allowed per file.`,
          name,
        );
      }
      totalBytes += size;
      totalCompressed += compressedSize;
      if (totalBytes > limits.maxTotalUncompressedBytes) {
        throw new ScormPackageError(
          'ZIP_TOO_LARGE',
          `The archive expands to more than ${limits.maxTotalUncompressedBytes} bytes; it was refused.`,
          name,
        );
      }
      if (size >= RATIO_CHECK_MIN_BYTES && size / Math.max(compressedSize, 1) > limits.maxCompressionRatio) {
        throw new ScormPackageError(
          'ZIP_BOMB',
          `The archive entry '${clean}' expands ${Math.round(size / Math.max(compressedSize, 1))} times (limit ${limits.maxCompressionRatio}); this looks like a zip bomb.`,
          name,
        );
      }
      entries.push({ path: clean, size, compressedSize, isDirectory, raw: entry });
    }
  } catch (error) {
    if (error instanceof ScormPackageError) throw error;
    throw new ScormPackageError('ZIP_INVALID', `The zip archive is damaged: ${(error as Error).message}`);
  }
  if (totalBytes >= RATIO_CHECK_MIN_BYTES && totalBytes / Math.max(totalCompressed, 1) > limits.maxCompressionRatio) {
    throw new ScormPackageError(
      'ZIP_BOMB',
      `The archive expands ${Math.round(totalBytes / Math.max(totalCompressed, 1))} times overall (limit ${limits.maxCompressionRatio}); this looks like a zip bomb.`,
    );
  }
  return entries;
}

/**
 * Counts the bytes that really come out of the inflater and fails as soon as they exceed what the central
 * directory declared (or the per-file limit), so a lying header cannot get past the limits.
 */
export class ByteLimiter extends Transform {
  bytes = 0;
  constructor(
    private readonly path: string,
    private readonly maxBytes: number,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      callback(
        new ScormPackageError(
          'ZIP_SIZE_MISMATCH',
          `The archive entry '${this.path}' expands beyond the ${this.maxBytes} bytes its header declares; it was refused.`,
          this.path,
        ),
      );
      return;
    }
    callback(null, chunk);
  }
}

function asPackageError(error: unknown, path: string): ScormPackageError {
  if (error instanceof ScormPackageError) return error;
  const message = (error as Error)?.message ?? String(error);
  if (/too many bytes|too few bytes|expected .* bytes|size/i.test(message)) {
    return new ScormPackageError('ZIP_SIZE_MISMATCH', `The archive entry '${path}' does not match its declared size: ${message}`, path);
  }
  return new ScormPackageError('ZIP_INVALID', `The archive entry '${path}' cannot be read: ${message}`, path);
}

/** Opens the decompressed data of an entry behind a ByteLimiter. */
export async function openLimitedStream(zip: yauzl.ZipFile, entry: CheckedZipEntry, limits: ScormImportLimits): Promise<ByteLimiter> {
  let source: Readable;
  try {
    source = await zip.openReadStreamPromise(entry.raw);
  } catch (error) {
    throw asPackageError(error, entry.path);
  }
  const limiter = new ByteLimiter(entry.path, Math.min(entry.size, limits.maxEntryUncompressedBytes));
  source.on('error', (error) => limiter.destroy(asPackageError(error, entry.path)));
  limiter.on('error', () => source.destroy());
  source.pipe(limiter);
  return limiter;
}

/** Reads an entry completely into memory (used for the manifest), with the same byte limit. */
export async function readEntry(zip: yauzl.ZipFile, entry: CheckedZipEntry, limits: ScormImportLimits): Promise<Buffer> {
  const stream = await openLimitedStream(zip, entry, limits);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk as Buffer);
  } catch (error) {
    throw asPackageError(error, entry.path);
  }
  return Buffer.concat(chunks);
}

/** Inflates an entry and throws away the bytes: proves the real size before anything is written. */
export async function drainEntry(zip: yauzl.ZipFile, entry: CheckedZipEntry, limits: ScormImportLimits): Promise<number> {
  const stream = await openLimitedStream(zip, entry, limits);
  try {
    for await (const chunk of stream) void chunk;
  } catch (error) {
    throw asPackageError(error, entry.path);
  }
  return stream.bytes;
}

export { asPackageError };
