import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, ByteRange, StoragePort, StorageNotFoundError, StoredObject } from '../ports/storage.port';

/**
 * Objects as files under one root folder (`DATA_DIR/storage`). Every key is checked and then resolved under the
 * root, so a key can never name a path outside it; a write goes to a temporary file in the same folder and is
 * renamed into place, so a reader never sees half a file and a failed write leaves nothing behind.
 */
export class LocalDiskStorage extends StoragePort {
  readonly driver = 'local';
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async put(key: string, body: Readable | Buffer, _contentType?: string): Promise<{ size: number; sha256: string }> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    const temporary = join(dirname(target), `.${randomUUID()}.partial`);
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, measure, createWriteStream(temporary, { flags: 'wx', mode: 0o640 }));
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { size, sha256: hash.digest('hex') };
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(key);
    const found = await this.stat(key);
    if (!found) throw new StorageNotFoundError(key);
    if (range && (range.start < 0 || range.end < range.start || range.end >= found.size)) {
      throw new RangeError(`Range ${range.start}-${range.end} is outside "${key}" (${found.size} bytes)`);
    }
    return createReadStream(path, range ? { start: range.start, end: range.end } : {});
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const info = await stat(this.pathOf(key));
      return info.isFile() ? { key, size: info.size } : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
    await this.pruneEmptyParents(key);
  }

  async deletePrefix(prefix: string): Promise<void> {
    const trimmed = prefix.replace(/\/+$/, '');
    await rm(this.pathOf(trimmed), { recursive: true, force: true });
    await this.pruneEmptyParents(trimmed);
  }

  /** The absolute path of a key, after proving it lies under the root (defence in depth behind `assertStorageKey`). */
  private pathOf(key: string): string {
    assertStorageKey(key);
    const path = resolve(this.root, key);
    const inside = relative(this.root, path);
    if (!inside || inside.startsWith('..') || inside.includes(`..${sep}`) || resolve(this.root, inside) !== path) {
      throw new Error(`Unsafe storage key "${key.slice(0, 200)}"`);
    }
    return path;
  }

  /** Removes folders a deletion left empty, up to (not including) the root. */
  private async pruneEmptyParents(key: string): Promise<void> {
    let folder = dirname(this.pathOf(key));
    while (folder.startsWith(this.root + sep)) {
      try {
        if ((await readdir(folder)).length > 0) return;
        await rmdir(folder);
      } catch {
        return;
      }
      folder = dirname(folder);
    }
  }
}
