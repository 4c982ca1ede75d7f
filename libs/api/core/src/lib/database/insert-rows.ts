import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * One multi-row INSERT of complete rows of an entity, each value converted by the driver exactly as TypeORM's
 * query builder converts it (transformers, dates, JSON), without the builder's per-value bookkeeping: for 500 rows
 * that bookkeeping costs more than the database does. Every insertable column must be present in every row (null
 * where empty); nothing is read back.
 */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((column) => column.isInsert && !column.isVirtual && !column.isGenerated);
  const params: unknown[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const value: unknown = column.getEntityValue(row, true);
      if (value === undefined) throw new Error(`insertRows: ${metadata.tableName}.${column.databaseName} is missing from a row`);
      params.push(driver.preparePersistentValue(value, column));
    }
  }
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  await manager.query(
    `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((column) => driver.escape(column.databaseName)).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`,
    params,
  );
}
