import { S3Client } from '@aws-sdk/client-s3';
import { s3Range, S3Storage } from './s3.storage';
import { createStorage } from './storage.factory';
import { LocalDiskStorage } from './local-disk.storage';

// No S3 server runs here: these tests cover what needs none (range mapping, key checks, adapter choice).
describe('S3Storage', () => {
  const settings = { driver: 's3' as const, endpoint: 'http://127.0.0.1:1', bucket: 'tunas', region: 'us-east-1', credentials: { accessKeyId: 'k', secretAccessKey: 's' }, forcePathStyle: true };

  it('maps an inclusive byte range to the S3 Range header', () => {
    expect(s3Range({ start: 0, end: 0 })).toBe('bytes=0-0');
    expect(s3Range({ start: 100, end: 199 })).toBe('bytes=100-199');
  });

  it('refuses unsafe keys before sending anything', async () => {
    const client = new S3Client({ region: 'us-east-1' });
    const send = jest.spyOn(client, 'send');
    const storage = new S3Storage(settings, client);
    await expect(storage.put('../x', Buffer.from('x'))).rejects.toThrow(/Unsafe storage key/);
    await expect(storage.get('/abs')).rejects.toThrow(/Unsafe storage key/);
    await expect(storage.deletePrefix('a/../b')).rejects.toThrow(/Unsafe storage key/);
    expect(send).not.toHaveBeenCalled();
  });

  it('is chosen by STORAGE_DRIVER', () => {
    expect(createStorage(settings)).toBeInstanceOf(S3Storage);
    expect(createStorage({ driver: 'local', root: '/tmp/tunas-storage-test' })).toBeInstanceOf(LocalDiskStorage);
  });
});
