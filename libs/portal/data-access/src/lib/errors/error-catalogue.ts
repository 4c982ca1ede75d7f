/**
 * Error codes, reasons and validation rules the portal has its own words for.
 * Every entry has a translation under `errors.code.*`, `errors.reason.*` or `errors.rule.*`
 * in apps/portal/public/i18n (a unit test keeps the two in step).
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK_ERROR',
  'UNKNOWN',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const KNOWN_REASONS = [
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'ACCOUNT_NOT_ACTIVATED',
  'TOO_MANY_LOGIN_ATTEMPTS',
  'RATE_LIMITED',
  'INVALID_REFRESH_TOKEN',
  'INVALID_ACTIVATION_TOKEN',
  'WRONG_CURRENT_PASSWORD',
  'WEAK_PASSWORD',
  'INVALID_NIP',
  'INVALID_EMAIL',
  'NIP_TAKEN',
  'EMAIL_TAKEN',
  'UNKNOWN_REFERENCE',
  'ORG_UNIT_CYCLE',
  'ORG_UNIT_NOT_EMPTY',
  'ORG_UNIT_CODE_TAKEN',
  'INSTITUTION_NAME_TAKEN',
  'CANNOT_CHANGE_OWN_ACCESS',
  'INVALID_CSV',
  'STALE_VERSION',
  'NOT_FOUND',
  'DATABASE_UNAVAILABLE',
  'COURSE_NOT_FOUND',
  'NOT_COURSE_AUTHOR',
  'UNKNOWN_TOPIC',
  'UNKNOWN_ACTIVITY_TYPE',
  'INVALID_ACTIVITY_CONTENT',
  'INVALID_ACTIVITY_STATE',
  'EMPTY_COURSE',
  'NOT_PUBLISHED',
  'ENROLMENT_CLOSED',
  'NOT_ENROLLED',
  'MODULE_LOCKED',
  'ACTIVITY_NOT_IN_COURSE',
  'OUTSIDE_SUPERVISION',
  'CERTIFICATE_ALREADY_REVOKED',
] as const;
export type KnownReason = (typeof KNOWN_REASONS)[number];

export const KNOWN_RULES = [
  'NIP_REQUIRED',
  'NIP_LENGTH',
  'NIP_DIGITS',
  'NIP_BIRTH_DATE',
  'NIP_TMT',
  'NIP_GENDER',
  'NIP_SERIAL',
  'EMAIL_FORMAT',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
] as const;
export type KnownRule = (typeof KNOWN_RULES)[number];

/** Codes whose generic sentence says more to a person than the server's English message. */
export const CODES_WITH_OWN_MESSAGE: readonly ErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK_ERROR',
  'UNKNOWN',
];

export function isKnownReason(value: string): value is KnownReason {
  return (KNOWN_REASONS as readonly string[]).includes(value);
}

export function isKnownRule(value: string): value is KnownRule {
  return (KNOWN_RULES as readonly string[]).includes(value);
}

export function isErrorCode(value: string): value is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(value);
}
