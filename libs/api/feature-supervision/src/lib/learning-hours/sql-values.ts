/** Datetimes come back as UTC strings from SQLite and as Dates from MariaDB (timezone 'Z'). */
export function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}${/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? '' : 'Z'}`);
}

/** Sums and averages are DECIMAL strings on MariaDB. */
export function toNumber(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}
