import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource, EntitySubscriberInterface, Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { AfterQueryEvent } from 'typeorm/subscriber/event/QueryEvent';

interface RequestQueries {
  count: number;
  /** Milliseconds spent waiting for SQL, summed over the request's statements (parallel ones add up). */
  sqlMs: number;
}

const storage = new AsyncLocalStorage<RequestQueries>();

/** The header that carries the number of SQL statements a request ran, when QUERY_COUNT_HEADER is on. */
export const QUERY_COUNT_HEADER = 'x-tunas-sql-queries';
/** The header that carries the time the request spent in SQL (milliseconds), when QUERY_COUNT_HEADER is on. */
export const SQL_TIME_HEADER = 'x-tunas-sql-ms';

/**
 * Counts the SQL statements each HTTP request runs, and the time they take. Query counts are deterministic, so
 * tests and benchmarks can assert that a list query does not grow with the list (no N+1); the time is for the
 * benchmark report only. Off in production unless asked for.
 */
export function queryCountMiddleware() {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const queries: RequestQueries = { count: 0, sqlMs: 0 };
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    (res as unknown as { writeHead: (...args: unknown[]) => Response }).writeHead = (...args: unknown[]) => {
      if (!res.headersSent) {
        res.setHeader(QUERY_COUNT_HEADER, String(queries.count));
        res.setHeader(SQL_TIME_HEADER, queries.sqlMs.toFixed(2));
      }
      return writeHead(...args);
    };
    storage.run(queries, next);
  };
}

/** When each query runner's statement started, and for which request (a runner runs one statement at a time). */
const started = new WeakMap<QueryRunner, { at: number; queries: RequestQueries }>();

/**
 * Ends the timing `QueryCountingLogger.logQuery` starts. TypeORM's logger sees a statement before it runs but
 * not its end; every driver broadcasts AfterQuery on success and on failure, with the query runner.
 */
const timingSubscriber: EntitySubscriberInterface = {
  afterQuery(event: AfterQueryEvent): void {
    const start = started.get(event.queryRunner);
    if (!start) return;
    started.delete(event.queryRunner);
    start.queries.sqlMs += performance.now() - start.at;
  },
};
const timedDataSources = new WeakSet<DataSource>();

/** A TypeORM logger that counts statements (and times them) for the current request and prints nothing. */
export class QueryCountingLogger implements TypeOrmLogger {
  logQuery(_query?: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    const queries = storage.getStore();
    if (!queries) return;
    queries.count += 1;
    if (!queryRunner) return;
    const dataSource = queryRunner.dataSource;
    if (dataSource && !timedDataSources.has(dataSource)) {
      timedDataSources.add(dataSource);
      dataSource.subscribers.push(timingSubscriber);
    }
    started.set(queryRunner, { at: performance.now(), queries });
  }
  logQueryError(): void {
    const queries = storage.getStore();
    if (queries) queries.count += 1;
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
