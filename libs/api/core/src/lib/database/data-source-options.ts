import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { DatabaseConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';

type EntityList = MixedList<string | (new () => unknown)>;

/**
 * One place that knows both dialects. Drivers are passed explicitly because the bundled API cannot
 * rely on TypeORM finding them by name at run time.
 */
export function buildDataSourceOptions(database: DatabaseConfig, entities: EntityList): DataSourceOptions {
  const common = { entities, migrations: MIGRATIONS, migrationsRun: false, synchronize: false, logging: false } as const;
  if (database.kind === 'sqlite') {
    mkdirSync(dirname(database.file), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: database.file,
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      driver: require('better-sqlite3'),
      // WAL lets readers run beside the single writer; busy_timeout waits for the lock instead of failing.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    // TypeORM reads MariaDB's catalogue differently (nullable defaults), so it must know which server it talks to.
    type: database.flavour,
    url: database.url,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    driver: require('mysql2'),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    connectTimeout: 5000,
    poolSize: 20,
    extra: { enableKeepAlive: true, waitForConnections: true, queueLimit: 200 },
  };
}
