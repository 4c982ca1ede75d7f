import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';

export class DatabaseStartupError extends Error {}

/**
 * Connects once and applies pending migrations before the application starts, so a wrong DATABASE_URL
 * is one clear line instead of a retry loop. On MySQL a named lock keeps two replicas that start together
 * from migrating at the same time. Returns the configuration with the server flavour it found (MySQL or MariaDB).
 */
export async function prepareDatabase(database: DatabaseConfig): Promise<DatabaseConfig> {
  const where = database.kind === 'sqlite' ? `SQLite file ${database.file}` : `database ${database.safeUrl}`;
  const dataSource = new DataSource(buildDataSourceOptions(database, []));
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseStartupError(`Cannot open the ${where}: ${describe(error)}`);
  }
  try {
    if (database.kind === 'mysql') await dataSource.query("SELECT GET_LOCK('tunas_migrations', 120)");
    await dataSource.runMigrations({ transaction: 'each' });
    if (database.kind === 'sqlite') return database;
    const [{ version }] = (await dataSource.query('SELECT VERSION() AS version')) as Array<{ version: string }>;
    return { ...database, flavour: /mariadb/i.test(version) ? 'mariadb' : 'mysql' };
  } catch (error) {
    throw new DatabaseStartupError(`Migrating the ${where} failed: ${describe(error)}`);
  } finally {
    if (database.kind === 'mysql') await dataSource.query("SELECT RELEASE_LOCK('tunas_migrations')").catch(() => undefined);
    await dataSource.destroy();
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return describe(error.errors[0]);
  if (error instanceof Error) return (error.message || (error as { code?: string }).code || error.name).split('\n')[0];
  return String(error);
}
