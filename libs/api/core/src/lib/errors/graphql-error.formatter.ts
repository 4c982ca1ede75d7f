import { HttpException } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';
import { isDatabaseUnavailable } from './database-errors';
import { CommonException, CommonExceptionCode, DomainException } from './domain.exception';
import { ErrorCategory } from './error-category';

const logger = new Logger('GraphQLErrors');

/**
 * The one place where thrown errors become what a client sees. Domain exceptions carry their category;
 * framework errors are mapped by kind; everything else is logged and hidden behind a generic message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainException) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.category,
        reason: original.code,
        ...(original.fieldErrors.length ? { fieldErrors: original.fieldErrors } : {}),
      },
    };
  }
  if (original instanceof HttpException) {
    return { ...base, message: httpMessage(original), extensions: { code: httpCategory(original.getStatus()) } };
  }
  if (isDatabaseUnavailable(original)) {
    reportOutage(original);
    const unavailable = new CommonException(
      CommonExceptionCode.DatabaseUnavailable,
      'The database is not reachable right now; please try again shortly',
    );
    return { ...base, message: unavailable.message, extensions: { code: unavailable.category, reason: unavailable.code } };
  }
  const code = formatted.extensions?.['code'];
  // Errors raised by GraphQL itself (syntax, validation, variable coercion) are safe to show as they are.
  if (code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' || code === 'BAD_REQUEST' || code === 'PERSISTED_QUERY_NOT_SUPPORTED') {
    const reason = formatted.extensions?.['reason'];
    return { ...base, extensions: { code: code === 'BAD_USER_INPUT' ? ErrorCategory.BadUserInput : code, ...(typeof reason === 'string' ? { reason } : {}) } };
  }
  logger.error(original instanceof Error ? original.stack ?? original.message : String(original));
  return { ...base, message: 'Something went wrong on our side; it has been logged', extensions: { code: ErrorCategory.Internal } };
}

/** During an outage every request fails the same way: say so once, then at most every 30 s with a count. */
const OUTAGE_REPORT_INTERVAL_MS = 30_000;
let outage: { lastReportAt: number; suppressed: number } | null = null;

function reportOutage(error: unknown, now = Date.now()): void {
  const detail = error instanceof Error ? error.message : String(error);
  if (!outage || now - outage.lastReportAt >= OUTAGE_REPORT_INTERVAL_MS) {
    const suppressed = outage?.suppressed ?? 0;
    logger.warn(`Database unavailable, answering "try again shortly": ${detail}${suppressed ? ` (${suppressed} more such requests since the last report)` : ''}`);
    outage = { lastReportAt: now, suppressed: 0 };
  } else {
    outage.suppressed++;
  }
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 3; depth++) {
    const original = (current as { originalError?: unknown } | null)?.originalError;
    if (!original) break;
    current = original;
  }
  return current;
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'object' && response && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    if (typeof message === 'string') return message;
  }
  return exception.message;
}

function httpCategory(status: number): ErrorCategory {
  if (status === 401) return ErrorCategory.Unauthenticated;
  if (status === 403) return ErrorCategory.Forbidden;
  if (status === 404) return ErrorCategory.NotFound;
  if (status === 409) return ErrorCategory.Conflict;
  if (status === 429) return ErrorCategory.TooManyRequests;
  if (status === 503) return ErrorCategory.ServiceUnavailable;
  if (status >= 400 && status < 500) return ErrorCategory.BadUserInput;
  return ErrorCategory.Internal;
}
