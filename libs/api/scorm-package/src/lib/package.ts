import type { ZipFile } from 'yauzl';
import { flattenItems, launchFilePath, parseScormManifest } from './manifest';
import {
  DEFAULT_SCORM_LIMITS,
  ScormFileWriter,
  ScormImportLimits,
  ScormLaunchable,
  ScormManifest,
  ScormPackageError,
  ScormPackageSummary,
  ScormZipInspection,
} from './types';
import { asPackageError, CheckedZipEntry, checkCentralDirectory, drainEntry, openLimitedStream, openZip, readEntry } from './zip';

const MANIFEST_NAME = 'imsmanifest.xml';
/** The manifest is read into memory: cap it well below the per-file limit. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

function resolveLimits(limits?: Partial<ScormImportLimits>): ScormImportLimits {
  const merged = { ...DEFAULT_SCORM_LIMITS, ...(limits ?? {}) };
  for (const [key, value] of Object.entries(merged)) {
    if (typeof value !== 'number' || !(value > 0)) throw new RangeError(`SCORM import limit ${key} must be a positive number`);
  }
  return merged;
}

function findManifest(entries: CheckedZipEntry[]): CheckedZipEntry {
  const atRoot = entries.find((e) => !e.isDirectory && e.path.toLowerCase() === MANIFEST_NAME);
  if (atRoot) return atRoot;
  const nested = entries.find((e) => !e.isDirectory && e.path.toLowerCase().endsWith(`/${MANIFEST_NAME}`));
  if (nested) {
    const folder = nested.path.slice(0, -MANIFEST_NAME.length);
    throw new ScormPackageError(
      'MANIFEST_NOT_AT_ROOT',
      `imsmanifest.xml is in the folder '${folder}' instead of the root of the zip. Zip the contents of that folder, not the folder itself.`,
      nested.path,
    );
  }
  throw new ScormPackageError(
    'MANIFEST_MISSING',
    'The zip has no imsmanifest.xml at its root, so it is not a SCORM package.',
    MANIFEST_NAME,
  );
}

async function withZip<T>(zipPath: string, work: (zip: ZipFile) => Promise<T>): Promise<T> {
  const zip = await openZip(zipPath);
  try {
    return await work(zip);
  } finally {
    zip.close();
  }
}

async function inspectOpenZip(
  zip: ZipFile,
  limits: ScormImportLimits,
): Promise<{ entries: CheckedZipEntry[]; manifestXml: string }> {
  const entries = await checkCentralDirectory(zip, limits);
  const manifestEntry = findManifest(entries);
  if (manifestEntry.size > MAX_MANIFEST_BYTES) {
    throw new ScormPackageError('ZIP_TOO_LARGE', `imsmanifest.xml is ${manifestEntry.size} bytes; at most ${MAX_MANIFEST_BYTES} are allowed.`, manifestEntry.path);
  }
  const manifestXml = (await readEntry(zip, manifestEntry, limits)).toString('utf8');
  return { entries, manifestXml };
}

/** Checks the central directory (paths, links, limits) and returns the entry list and the manifest text. */
export async function inspectScormZip(zipPath: string, limits?: Partial<ScormImportLimits>): Promise<ScormZipInspection> {
  const resolved = resolveLimits(limits);
  return withZip(zipPath, async (zip) => {
    const { entries, manifestXml } = await inspectOpenZip(zip, resolved);
    return {
      entries: entries.filter((e) => !e.isDirectory).map(({ path, size, compressedSize }) => ({ path, size, compressedSize })),
      manifestXml,
    };
  });
}

/** Launchable items of the default organization (then of the others), in tree order. */
export function launchablesOf(manifest: ScormManifest): ScormLaunchable[] {
  const ordered = [...manifest.organizations].sort(
    (a, b) => Number(b.identifier === manifest.defaultOrganization) - Number(a.identifier === manifest.defaultOrganization),
  );
  return ordered.flatMap((org) =>
    flattenItems(org.items)
      .filter((item) => item.launch !== null)
      .map((item) => ({ itemIdentifier: item.identifier, title: item.title, launch: item.launch as string, scormType: item.scormType })),
  );
}

/** Title shown for a package: the default organization's title, else its first item's, else the manifest id. */
export function packageTitle(manifest: ScormManifest): string {
  const org = manifest.organizations.find((o) => o.identifier === manifest.defaultOrganization) ?? manifest.organizations[0];
  return org?.title || org?.items[0]?.title || manifest.identifier || 'SCORM';
}

/** Every launch file must be in the zip, with the exact case: files are served from case-sensitive storage. */
function checkLaunchFiles(manifest: ScormManifest, entries: CheckedZipEntry[]): void {
  const files = new Set(entries.filter((e) => !e.isDirectory).map((e) => e.path));
  const byLowerCase = new Map([...files].map((f) => [f.toLowerCase(), f]));
  for (const launchable of launchablesOf(manifest)) {
    const file = launchFilePath(launchable.launch);
    if (file === null) continue; // external URL, warned by the parser
    if (!files.has(file)) {
      const other = byLowerCase.get(file.toLowerCase());
      throw new ScormPackageError(
        'LAUNCH_FILE_MISSING',
        other
          ? `Item '${launchable.itemIdentifier}' launches '${file}', but the package has '${other}'; file names are case-sensitive.`
          : `Item '${launchable.itemIdentifier}' launches '${file}', which is not in the package.`,
        file,
      );
    }
  }
}

/**
 * Checks every entry of the zip (central directory) BEFORE extracting anything; then writes each file through
 * `write`.
 *
 * Order: (1) central directory: names, links, encryption, counts, sizes and ratios; (2) the manifest is read and
 * parsed, and every launch file must be in the zip; (3) every entry is inflated once and its bytes counted, so a
 * header that lies about sizes is caught; only then (4) each file is streamed to `write`, still behind a byte
 * counter. A failure in steps 1-3 means `write` was never called. A failure in step 4 (the writer rejects, or
 * the archive changed on disk) leaves what was written so far: the caller owns that folder and must remove it.
 */
export async function importScormPackage(
  zipPath: string,
  write: ScormFileWriter,
  limits?: Partial<ScormImportLimits>,
): Promise<ScormPackageSummary> {
  const resolved = resolveLimits(limits);
  return withZip(zipPath, async (zip) => {
    const { entries, manifestXml } = await inspectOpenZip(zip, resolved);
    const manifest = parseScormManifest(manifestXml);
    checkLaunchFiles(manifest, entries);
    const files = entries.filter((e) => !e.isDirectory);
    let realTotal = 0;
    for (const entry of files) {
      realTotal += await drainEntry(zip, entry, resolved);
      if (realTotal > resolved.maxTotalUncompressedBytes) {
        throw new ScormPackageError('ZIP_TOO_LARGE', `The archive expands to more than ${resolved.maxTotalUncompressedBytes} bytes; it was refused.`);
      }
    }
    let totalBytes = 0;
    for (const entry of files) {
      const stream = await openLimitedStream(zip, entry, resolved);
      let streamError: ScormPackageError | null = null;
      stream.on('error', (error) => {
        streamError = asPackageError(error, entry.path);
      });
      try {
        await write(entry.path, stream, entry.size);
      } catch (error) {
        stream.destroy(); // releases yauzl's file descriptor even if the writer never read the stream
        if (streamError) throw streamError;
        if (error instanceof ScormPackageError) throw error;
        throw new ScormPackageError('WRITE_FAILED', `Writing '${entry.path}' failed: ${(error as Error).message}`, entry.path);
      }
      if (streamError) throw streamError;
      if (!stream.readableEnded) stream.destroy();
      totalBytes += stream.bytes;
    }
    return {
      manifest,
      version: manifest.version,
      title: packageTitle(manifest),
      launchables: launchablesOf(manifest),
      fileCount: files.length,
      totalBytes,
    };
  });
}
