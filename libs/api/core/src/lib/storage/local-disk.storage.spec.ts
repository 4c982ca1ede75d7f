import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { StorageNotFoundError } from '../ports/storage.port';
import { LocalDiskStorage } from './local-disk.storage';

describe('LocalDiskStorage', () => {
  const base = mkdtempSync(join(tmpdir(), 'tunas-storage-'));
  const root = join(base, 'storage');
  const storage = new LocalDiskStorage(root);
  const body = 'Pengelolaan proyek desa: rencana, jadwal, anggaran.';

  it('stores a stream under the root and returns its size and SHA-256', async () => {
    const result = await storage.put('materials/m1/v1/rencana.txt', Readable.from([Buffer.from(body.slice(0, 10)), Buffer.from(body.slice(10))]));
    expect(result).toEqual({ size: Buffer.byteLength(body), sha256: createHash('sha256').update(body).digest('hex') });
    expect(readFileSync(join(root, 'materials/m1/v1/rencana.txt'), 'utf8')).toBe(body);
    expect(readdirSync(join(root, 'materials/m1/v1'))).toEqual(['rencana.txt']);
    expect(await storage.stat('materials/m1/v1/rencana.txt')).toEqual({ key: 'materials/m1/v1/rencana.txt', size: Buffer.byteLength(body) });
  });

  it('reads an inclusive byte range', async () => {
    expect(await text(await storage.get('materials/m1/v1/rencana.txt', { start: 0, end: 11 }))).toBe('Pengelolaan ');
    expect(await text(await storage.get('materials/m1/v1/rencana.txt', { start: 12, end: 17 }))).toBe('proyek');
    expect(await text(await storage.get('materials/m1/v1/rencana.txt'))).toBe(body);
    await expect(storage.get('materials/m1/v1/rencana.txt', { start: 5, end: 10_000 })).rejects.toThrow(RangeError);
  });

  it('keeps file names with spaces and brackets, as SCORM packages have them', async () => {
    const key = 'materials/m1/v1/package/Golf Explained (bab 1).html';
    await storage.put(key, Buffer.from('<p>golf</p>'));
    expect(await text(await storage.get(key))).toBe('<p>golf</p>');
  });

  it.each(['../escape.txt', 'materials/../../escape.txt', '/etc/passwd', 'materials//x', 'materials/./x', 'a\\..\\b', 'materials/x\u0000y', ''])(
    'refuses the unsafe key %j and writes nothing outside the root',
    async (key) => {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/Unsafe storage key/);
      await expect(storage.get(key)).rejects.toThrow(/Unsafe storage key/);
      await expect(storage.deletePrefix(key)).rejects.toThrow(/Unsafe storage key/);
      expect(existsSync(join(base, 'escape.txt'))).toBe(false);
    },
  );

  it('answers a missing object with StorageNotFoundError and null', async () => {
    await expect(storage.get('materials/none/file.pdf')).rejects.toBeInstanceOf(StorageNotFoundError);
    expect(await storage.stat('materials/none/file.pdf')).toBeNull();
  });

  it('leaves no partial file when the source stream fails', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from('half'));
        this.destroy(new Error('connection lost'));
      },
    });
    await expect(storage.put('materials/m2/v1/broken.bin', failing)).rejects.toThrow('connection lost');
    expect(readdirSync(join(root, 'materials/m2/v1'))).toEqual([]);
  });

  it('deletes a prefix and prunes the folders it leaves empty', async () => {
    await storage.put('materials/m3/v1/package/index.html', Buffer.from('<p>1</p>'));
    await storage.put('materials/m3/v1/package/a/b.js', Buffer.from('b'));
    await storage.put('materials/m3/v1/paket.zip', Buffer.from('zip'));
    await storage.deletePrefix('materials/m3/v1/package/');
    expect(readdirSync(join(root, 'materials/m3/v1'))).toEqual(['paket.zip']);
    await storage.delete('materials/m3/v1/paket.zip');
    expect(existsSync(join(root, 'materials/m3'))).toBe(false);
    expect(existsSync(join(root, 'materials'))).toBe(true);
  });

  it('does not follow a key into a file planted beside the root', async () => {
    writeFileSync(join(base, 'secret.txt'), 'secret');
    await expect(storage.get('../secret.txt')).rejects.toThrow(/Unsafe storage key/);
  });
});
