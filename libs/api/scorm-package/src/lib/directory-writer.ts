import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ScormFileWriter, ScormPackageError } from './types';

/**
 * A writer for importScormPackage that stores files under `rootDir`, refusing (again, defensively) any path that
 * would resolve outside it. Files are created exclusively (`wx`): an existing file is never overwritten.
 */
export function directoryWriter(rootDir: string): ScormFileWriter {
  const root = resolve(rootDir);
  return async (relativePath, data) => {
    const target = resolve(root, relativePath);
    if (!target.startsWith(root + sep)) {
      throw new ScormPackageError('ZIP_UNSAFE_PATH', `'${relativePath}' would be written outside the package folder.`, relativePath);
    }
    await mkdir(dirname(target), { recursive: true });
    await pipeline(data, createWriteStream(target, { flags: 'wx' }));
  };
}
