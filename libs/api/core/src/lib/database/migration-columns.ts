import { TableColumnOptions } from 'typeorm';

/**
 * Column shapes shared by migrations so that both dialects get the same definition and the
 * entities (which use the same helpers in `entity-columns.ts`) agree with them.
 */
export const uuidPrimary = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true });
export const uuidColumn = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable });
export const text = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
export const timestamp = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', isNullable: nullable });
export const flag = (name: string, defaultValue: boolean): TableColumnOptions => ({ name, type: 'boolean', default: defaultValue ? 1 : 0 });
export const integer = (name: string, defaultValue?: number): TableColumnOptions => ({
  name,
  type: 'integer',
  ...(defaultValue === undefined ? {} : { default: defaultValue }),
});
export const auditColumns = (): TableColumnOptions[] => [timestamp('created_at'), timestamp('updated_at'), integer('version')];
export const json = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'json', isNullable: nullable });
export const real = (name: string, defaultValue?: number): TableColumnOptions => ({
  name,
  type: 'double',
  ...(defaultValue === undefined ? {} : { default: defaultValue }),
});
