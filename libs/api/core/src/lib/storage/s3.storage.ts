import { DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { StorageConfig } from '../config/app-config';
import { assertStorageKey, ByteRange, StoragePort, StorageNotFoundError, StoredObject } from '../ports/storage.port';

type S3Settings = Extract<StorageConfig, { driver: 's3' }>;

/** The S3 `Range` header for an inclusive byte range. */
export function s3Range(range: ByteRange): string {
  return `bytes=${range.start}-${range.end}`;
}

/**
 * Objects in an S3-compatible bucket (AWS, MinIO, Ceph, Garage...). Keys are the storage keys unchanged, checked
 * like every adapter's. A streamed body is first spooled to a temporary file while its SHA-256 is computed, so the
 * PUT carries a Content-Length (S3 refuses a body of unknown length) and the hash is the one of what was sent.
 *
 * Not exercised against a real bucket in this repository's tests (no S3 server in CI); see the README.
 */
export class S3Storage extends StoragePort {
  readonly driver = 's3';
  private readonly client: S3Client;

  constructor(
    private readonly settings: S3Settings,
    client?: S3Client,
  ) {
    super();
    this.client =
      client ??
      new S3Client({
        region: settings.region,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        forcePathStyle: settings.forcePathStyle,
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
      });
  }

  get bucket(): string {
    return this.settings.bucket;
  }

  async put(key: string, body: Readable | Buffer, contentType?: string): Promise<{ size: number; sha256: string }> {
    assertStorageKey(key);
    if (Buffer.isBuffer(body)) {
      const sha256 = createHash('sha256').update(body).digest('hex');
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentLength: body.length, ContentType: contentType }));
      return { size: body.length, sha256 };
    }
    const spool = join(tmpdir(), `tunas-s3-${randomUUID()}`);
    try {
      const hash = createHash('sha256');
      let size = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      await pipeline(body, measure, createWriteStream(spool, { flags: 'wx', mode: 0o600 }));
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: createReadStream(spool), ContentLength: size, ContentType: contentType }));
      return { size, sha256: hash.digest('hex') };
    } finally {
      await rm(spool, { force: true });
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, ...(range ? { Range: s3Range(range) } : {}) }));
      if (!(answer.Body instanceof Readable)) throw new Error(`S3 returned no stream for "${key}"`);
      return answer.Body;
    } catch (error) {
      if (isMissing(error)) throw new StorageNotFoundError(key);
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    assertStorageKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { key, size: head.ContentLength ?? 0 };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: [{ Key: key }], Quiet: true } }));
  }

  async deletePrefix(prefix: string): Promise<void> {
    const folder = `${prefix.replace(/\/+$/, '')}`;
    assertStorageKey(folder);
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: `${folder}/`, ContinuationToken: token }));
      const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
      if (keys.length > 0) await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys, Quiet: true } }));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404);
}
