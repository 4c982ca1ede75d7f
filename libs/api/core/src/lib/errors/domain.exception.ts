import { ErrorCategory, FieldError } from './error-category';

/**
 * Base of every exception thrown by domain code. Each feature subclasses it with its own code enum
 * and maps every code to a category in one exhaustive switch, so an unmapped code does not compile.
 */
export abstract class DomainException<TCode extends string = string> extends Error {
  protected constructor(
    readonly code: TCode,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }

  abstract get category(): ErrorCategory;
}

/** Cross-cutting failures that belong to no single feature. */
export enum CommonExceptionCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NoPolicy = 'NO_POLICY',
  InvalidInput = 'INVALID_INPUT',
  NotFound = 'NOT_FOUND',
  StaleVersion = 'STALE_VERSION',
  RateLimited = 'RATE_LIMITED',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
}

export class CommonException extends DomainException<CommonExceptionCode> {
  constructor(code: CommonExceptionCode, message: string, fieldErrors: readonly FieldError[] = []) {
    super(code, message, fieldErrors);
  }

  get category(): ErrorCategory {
    switch (this.code) {
      case CommonExceptionCode.Unauthenticated:
        return ErrorCategory.Unauthenticated;
      case CommonExceptionCode.Forbidden:
      case CommonExceptionCode.NoPolicy:
        return ErrorCategory.Forbidden;
      case CommonExceptionCode.InvalidInput:
        return ErrorCategory.BadUserInput;
      case CommonExceptionCode.NotFound:
        return ErrorCategory.NotFound;
      case CommonExceptionCode.StaleVersion:
        return ErrorCategory.Conflict;
      case CommonExceptionCode.RateLimited:
        return ErrorCategory.TooManyRequests;
      case CommonExceptionCode.DatabaseUnavailable:
        return ErrorCategory.ServiceUnavailable;
    }
  }
}

export function invalidInput(field: string, rule: string, message: string): CommonException {
  return new CommonException(CommonExceptionCode.InvalidInput, message, [{ field, rule, message }]);
}

export function notFound(what: string, id: string): CommonException {
  return new CommonException(CommonExceptionCode.NotFound, `${what} ${id} was not found`);
}

export function staleVersion(what: string): CommonException {
  return new CommonException(
    CommonExceptionCode.StaleVersion,
    `${what} was changed by someone else since you loaded it; reload and apply your change again`,
  );
}

export function forbidden(message = 'You are not allowed to do this'): CommonException {
  return new CommonException(CommonExceptionCode.Forbidden, message);
}
