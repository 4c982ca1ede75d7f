import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'tunas-config-'));

  it('defaults to demo mode on an embedded SQLite file under ./data', () => {
    const config = loadConfig({}, cwd);
    expect(config.mode).toBe('demo');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', file: join(cwd, 'data', 'tunas.sqlite') });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}, cwd).jwtSecret).toBe(config.jwtSecret);
  });

  it('reads a MariaDB URL and hides its password in the printable form', () => {
    const config = loadConfig({ DATABASE_URL: 'mariadb://tunas:s3cret@db:3306/tunas' }, cwd);
    expect(config.database).toEqual({
      kind: 'mysql',
      flavour: 'mariadb',
      url: 'mysql://tunas:s3cret@db:3306/tunas',
      safeUrl: 'mysql://tunas:***@db:3306/tunas',
    });
  });

  it('keeps uploads under DATA_DIR/storage by default', () => {
    expect(loadConfig({}, cwd).storage).toEqual({ driver: 'local', root: join(cwd, 'data', 'storage') });
  });

  it('reads an S3-compatible bucket with path-style addressing', () => {
    const config = loadConfig(
      { STORAGE_DRIVER: 's3', S3_BUCKET: 'tunas-materials', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret', S3_FORCE_PATH_STYLE: 'true' },
      cwd,
    );
    expect(config.storage).toEqual({
      driver: 's3',
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'tunas-materials',
      region: 'us-east-1',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      forcePathStyle: true,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'postgres://x@y/z' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://root@127.0.0.1:3306' }, 'DATABASE_URL'],
    [{ TUNAS_MODE: 'staging' }, 'TUNAS_MODE'],
    [{ TUNAS_MODE: 'production' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ STORAGE_DRIVER: 'ftp' }, 'STORAGE_DRIVER'],
    [{ STORAGE_DRIVER: 's3' }, 'S3_BUCKET'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'Not_A_Bucket' }, 'S3_BUCKET'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'tunas', S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'tunas', S3_ACCESS_KEY_ID: 'key' }, 'S3_SECRET_ACCESS_KEY'],
  ])('names the bad setting in one line for %j', (env, setting) => {
    let error: unknown;
    try {
      loadConfig(env, cwd);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).setting).toBe(setting);
    expect((error as ConfigError).message).toMatch(new RegExp(`^Invalid configuration: ${setting} `));
    expect((error as ConfigError).message).not.toContain('\n');
  });
});
