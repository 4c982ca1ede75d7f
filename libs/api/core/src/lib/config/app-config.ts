import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Everything the API reads from its environment, validated once at start-up.
 * A bad setting stops the process with one line that names it.
 */
export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'mysql'; flavour: 'mysql' | 'mariadb'; url: string; safeUrl: string };

/** Where accepted uploads are kept: a folder under the data directory, or an S3-compatible bucket. */
export type StorageConfig =
  | { driver: 'local'; root: string }
  | {
      driver: 's3';
      /** Null for AWS itself; the URL of MinIO, Ceph, Garage, a cloud provider's S3 endpoint otherwise. */
      endpoint: string | null;
      bucket: string;
      region: string;
      /** Null: the SDK's default credential chain (instance role, environment). */
      credentials: { accessKeyId: string; secretAccessKey: string } | null;
      forcePathStyle: boolean;
    };

export interface AppConfig {
  mode: 'demo' | 'production';
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  database: DatabaseConfig;
  storage: StorageConfig;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  cookieSecure: boolean;
  redisUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  portalDir: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  graphqlSchemaFile: string | null;
  trustProxy: boolean;
  /** Adds x-tunas-sql-queries to every response (tests and benchmarks). */
  queryCountHeader: boolean;
}

export class ConfigError extends Error {
  constructor(readonly setting: string, detail: string) {
    super(`Invalid configuration: ${setting} ${detail}`);
  }
}

const envSchema = z.object({
  TUNAS_MODE: z.enum(['demo', 'production']).default('demo'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z.string().optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().default('Tunas <no-reply@tunas.local>'),
  PORTAL_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHQL_SCHEMA_FILE: z.string().optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  QUERY_COUNT_HEADER: z.enum(['true', 'false']).default('false'),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3-63 lower-case letters, digits, dots, hyphens)')
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  // Empty strings count as unset: `FOO= npm start` should not be a validation error.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const setting = String(issue.path[0] ?? 'environment');
    throw new ConfigError(setting, `${issue.message} (got ${JSON.stringify(cleaned[setting] ?? null)})`);
  }
  const e = parsed.data;
  const dataDir = resolve(cwd, e.DATA_DIR);
  const production = e.TUNAS_MODE === 'production';
  if (production && !e.JWT_SECRET) {
    throw new ConfigError('JWT_SECRET', 'is required in production mode (at least 32 random characters)');
  }
  return {
    mode: e.TUNAS_MODE,
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    dataDir,
    database: parseDatabaseUrl(e.DATABASE_URL, dataDir),
    storage: storageConfig(e, dataDir),
    jwtSecret: e.JWT_SECRET ?? demoSecret(dataDir),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : production,
    redisUrl: e.REDIS_URL ?? null,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    portalDir: e.PORTAL_DIR ? resolve(cwd, e.PORTAL_DIR) : null,
    logLevel: e.LOG_LEVEL,
    graphqlSchemaFile: e.GRAPHQL_SCHEMA_FILE ? resolve(cwd, e.GRAPHQL_SCHEMA_FILE) : null,
    trustProxy: e.TRUST_PROXY === 'true',
    queryCountHeader: e.QUERY_COUNT_HEADER === 'true',
  };
}

function storageConfig(e: z.infer<typeof envSchema>, dataDir: string): StorageConfig {
  if (e.STORAGE_DRIVER === 'local') return { driver: 'local', root: join(dataDir, 'storage') };
  if (!e.S3_BUCKET) throw new ConfigError('S3_BUCKET', 'is required when STORAGE_DRIVER=s3');
  if (!!e.S3_ACCESS_KEY_ID !== !!e.S3_SECRET_ACCESS_KEY) {
    throw new ConfigError(e.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID', 'must be set together with its pair (or neither, for the default credential chain)');
  }
  return {
    driver: 's3',
    endpoint: e.S3_ENDPOINT ?? null,
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : null,
    forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
  };
}

function parseDatabaseUrl(raw: string | undefined, dataDir: string): DatabaseConfig {
  if (!raw) return { kind: 'sqlite', file: join(dataDir, 'tunas.sqlite') };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL; expected mysql://user:password@host:3306/database');
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    throw new ConfigError('DATABASE_URL', `must start with mysql:// or mariadb:// (got ${url.protocol}//)`);
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL', 'must name a database, e.g. mysql://root@127.0.0.1:3306/tunas');
  }
  const flavour = url.protocol === 'mariadb:' ? 'mariadb' : 'mysql';
  url.protocol = 'mysql:';
  const safe = new URL(url.toString());
  if (safe.password) safe.password = '***';
  return { kind: 'mysql', flavour, url: url.toString(), safeUrl: safe.toString() };
}

/** Demo mode keeps one random signing secret per data directory, so sessions survive a restart. */
function demoSecret(dataDir: string): string {
  const file = join(dataDir, '.jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
