import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Logger as TypeOrmLogger } from 'typeorm';

interface RequestQueries {
  count: number;
}

const storage = new AsyncLocalStorage<RequestQueries>();

/** The header that carries the number of SQL statements a request ran, when QUERY_COUNT_HEADER is on. */
export const QUERY_COUNT_HEADER = 'x-tunas-sql-queries';

/**
 * Counts the SQL statements each HTTP request runs. Query counts are deterministic, so tests and benchmarks
 * can assert that a list query does not grow with the list (no N+1). Off in production unless asked for.
 */
export function queryCountMiddleware() {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const queries: RequestQueries = { count: 0 };
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    (res as unknown as { writeHead: (...args: unknown[]) => Response }).writeHead = (...args: unknown[]) => {
      if (!res.headersSent) res.setHeader(QUERY_COUNT_HEADER, String(queries.count));
      return writeHead(...args);
    };
    storage.run(queries, next);
  };
}

/** A TypeORM logger that counts statements for the current request and prints nothing. */
export class QueryCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    const queries = storage.getStore();
    if (queries) queries.count += 1;
  }
  logQueryError(): void {
    this.logQuery();
  }
  logQuerySlow(): void {
    return;
  }
  logSchemaBuild(): void {
    return;
  }
  logMigration(): void {
    return;
  }
  log(): void {
    return;
  }
}
