import { join } from 'node:path';
import { RunningApi } from './api-process';

/**
 * Reads the running API's own database directly, to check what the API cannot show (how many rows a race
 * left behind). SQLite is opened read-only beside the API process; MariaDB through its own connection.
 */
export async function queryDatabase<T = Record<string, unknown>>(api: RunningApi, sql: string, params: unknown[] = []): Promise<T[]> {
  if (api.database.url) {
    const mysql = require('mysql2/promise') as typeof import('mysql2/promise');
    const connection = await mysql.createConnection({ uri: api.database.url });
    try {
      const [rows] = await connection.query(sql, params);
      return rows as T[];
    } finally {
      await connection.end();
    }
  }
  const Database = require('better-sqlite3') as SqliteConstructor;
  const database = new Database(join(api.database.dataDir, 'tunas.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return database.prepare(sql).all(...params) as T[];
  } finally {
    database.close();
  }
}

/** The part of better-sqlite3 used here (the package ships no types). */
type SqliteConstructor = new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => {
  prepare(sql: string): { all(...params: unknown[]): unknown[] };
  close(): void;
};
