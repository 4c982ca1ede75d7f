/** The error codes a client can rely on, carried in `extensions.code` of a GraphQL error. */
export enum ErrorCategory {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

export const HTTP_STATUS_BY_CATEGORY: Record<ErrorCategory, number> = {
  [ErrorCategory.Unauthenticated]: 401,
  [ErrorCategory.Forbidden]: 403,
  [ErrorCategory.BadUserInput]: 400,
  [ErrorCategory.NotFound]: 404,
  [ErrorCategory.Conflict]: 409,
  [ErrorCategory.TooManyRequests]: 429,
  [ErrorCategory.ServiceUnavailable]: 503,
  [ErrorCategory.Internal]: 500,
};

export interface FieldError {
  field: string;
  rule: string;
  message: string;
}
