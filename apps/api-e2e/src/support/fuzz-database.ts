import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { RunningApi } from './api-process';

/** Per table: its row count and a hash of every row in key order. */
export type Fingerprint = Readonly<Record<string, string>>;

/**
 * A cheap fingerprint of the API's SQLite database, read beside the running API. SQLite's data_version moves
 * whenever another connection commits, so the tables are only hashed again after something was written.
 */
export class DatabaseFingerprint {
  private readonly database: SqliteDatabase;
  private cached: { version: number; fingerprint: Fingerprint } | null = null;
  /** How often the tables were hashed (to report what the check cost). */
  hashes = 0;

  constructor(api: RunningApi) {
    if (api.database.url) throw new Error('The fuzz fingerprint reads SQLite; run the fuzzer on sqlite');
    const Database = require('better-sqlite3') as SqliteConstructor;
    this.database = new Database(join(api.database.dataDir, 'tunas.sqlite'), {
      readonly: true,
      fileMustExist: true,
    });
  }

  current(): Fingerprint {
    const version = this.database.pragma('data_version', {
      simple: true,
    }) as number;
    if (this.cached?.version === version) return this.cached.fingerprint;
    this.hashes++;
    const tables = this.database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
    const fingerprint: Record<string, string> = {};
    for (const { name } of tables) {
      const hash = createHash('sha1');
      let count = 0;
      for (const row of this.database.prepare(`SELECT * FROM "${name}" ORDER BY 1, rowid`).raw(true).iterate()) {
        hash.update(JSON.stringify(row));
        count++;
      }
      fingerprint[name] = `${count}:${hash.digest('hex').slice(0, 16)}`;
    }
    this.cached = { version, fingerprint };
    return fingerprint;
  }

  close(): void {
    this.database.close();
  }
}

/** The tables whose count or contents differ, with their counts before and after. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.filter((name) => before[name] !== after[name]).map((name) => `${name} (rows ${before[name]?.split(':')[0] ?? '-'} → ${after[name]?.split(':')[0] ?? '-'})`);
}

/** The part of better-sqlite3 used here (the package ships no types). */
type SqliteConstructor = new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => SqliteDatabase;

interface SqliteDatabase {
  pragma(source: string, options: { simple: boolean }): unknown;
  prepare(sql: string): {
    all(...params: unknown[]): unknown[];
    raw(toggle: boolean): {
      iterate(...params: unknown[]): IterableIterator<unknown[]>;
    };
  };
  close(): void;
}
