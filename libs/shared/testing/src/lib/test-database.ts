import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type TestDialect = 'sqlite' | 'mariadb';

/** Where the MariaDB server for tests lives; CI and this machine run one on 127.0.0.1:3306. */
export const TEST_MARIADB_URL = process.env['TUNAS_TEST_MARIADB_URL'] ?? 'mysql://root@127.0.0.1:3306';

export interface TestDatabase {
  dialect: TestDialect;
  /** Environment for an API process: DATABASE_URL for MariaDB, DATA_DIR for both. */
  env: Record<string, string>;
  dataDir: string;
  url: string | null;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test suite: a fresh SQLite directory, or a MariaDB database with a
 * unique name that is dropped afterwards. MariaDB is mandatory: an unreachable server fails the suite.
 */
export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tunas-test-'));
  if (dialect === 'sqlite') {
    return { dialect, dataDir, url: null, env: { DATA_DIR: dataDir, DATABASE_URL: '' }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `tunas_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = `${TEST_MARIADB_URL.replace(/\/$/, '')}/${name}`;
  return {
    dialect,
    dataDir,
    url,
    env: { DATA_DIR: dataDir, DATABASE_URL: url },
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS \`${name}\``);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function adminQuery(sql: string): Promise<unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mysql = require('mysql2/promise') as typeof import('mysql2/promise');
  let connection;
  try {
    connection = await mysql.createConnection({ uri: TEST_MARIADB_URL, connectTimeout: 3000 });
  } catch (error) {
    throw new Error(`MariaDB is required for the tests but ${TEST_MARIADB_URL} cannot be reached: ${(error as Error).message}`);
  }
  try {
    const [rows] = await connection.query(sql);
    return rows;
  } finally {
    await connection.end();
  }
}

export const TEST_DIALECTS: readonly TestDialect[] = ['sqlite', 'mariadb'];
