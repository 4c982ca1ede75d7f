import type { DataSource } from 'typeorm';

/**
 * The find option that takes a row lock (`SELECT … FOR UPDATE`) on MySQL/MariaDB. SQLite serialises writers on
 * its own and has no row locks, so there it adds nothing. Spread it into a `findOne` inside a transaction.
 */
export function rowLock(dataSource: DataSource): { lock?: { mode: 'pessimistic_write' } } {
  return dataSource.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_write' } };
}
