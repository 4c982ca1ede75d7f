const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_LOCK_WAIT_TIMEOUT',
  'SQLITE_BUSY',
]);

/** True when an error means "the database cannot be reached right now" rather than "the query is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const record = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof record.code === 'string' && CONNECTION_ERROR_CODES.has(record.code)) return true;
    if (typeof record.message === 'string' && /connection (is )?(lost|closed)|Pool is closed|Can't add new command when connection is in closed state/i.test(record.message)) {
      return true;
    }
    current = record.driverError ?? record.cause;
  }
  return false;
}

const DUPLICATE_CODES = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/** True when an insert or update broke a unique constraint (the database is the judge of uniqueness). */
export function isUniqueViolation(error: unknown): boolean {
  const record = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = record?.driverError?.code ?? record?.code;
  return typeof code === 'string' && DUPLICATE_CODES.has(code);
}
