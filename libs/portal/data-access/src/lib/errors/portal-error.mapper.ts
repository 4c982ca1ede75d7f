import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import {
  CODES_WITH_OWN_MESSAGE,
  type ErrorCode,
  isErrorCode,
  isKnownReason,
  isKnownRule,
} from './error-catalogue';
import type { LocalizedText } from './localized-text.model';

export interface FieldErrorView {
  readonly field: string;
  readonly rule: string;
  readonly message: LocalizedText;
}

/** What the portal knows about a failed request, ready to show. */
export interface PortalError {
  readonly code: ErrorCode;
  readonly reason: string | null;
  readonly message: LocalizedText;
  readonly fieldErrors: readonly FieldErrorView[];
}

const STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Turns whatever a GraphQL call threw into a {@link PortalError}. */
export function toPortalError(error: unknown): PortalError {
  const graphQLError = firstGraphQLError(error);
  if (graphQLError) {
    return fromGraphQLError(graphQLError);
  }
  if (ServerError.is(error)) {
    return build(STATUS_CODES[error.statusCode] ?? statusFamily(error.statusCode), null, '', []);
  }
  if (error instanceof TypeError) {
    // fetch() rejects with a TypeError when the network is unreachable.
    return build('NETWORK_ERROR', null, error.message, []);
  }
  return build('UNKNOWN', null, error instanceof Error ? error.message : '', []);
}

/** True when the error says the caller's session is missing or expired (not a wrong password). */
export function isSessionError(error: unknown): boolean {
  const portalError = toPortalError(error);
  return portalError.code === 'UNAUTHENTICATED' && portalError.reason !== 'INVALID_CREDENTIALS';
}

function firstGraphQLError(error: unknown): GraphQLFormattedError | null {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors[0] ?? null;
  }
  if (ServerError.is(error)) {
    // Some servers answer GraphQL errors with a 4xx status and a plain JSON body.
    return parseErrorsFromBody(error.bodyText);
  }
  return null;
}

function parseErrorsFromBody(bodyText: string): GraphQLFormattedError | null {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (isRecord(body) && Array.isArray(body['errors']) && isRecord(body['errors'][0])) {
      const first = body['errors'][0];
      return {
        message: typeof first['message'] === 'string' ? first['message'] : '',
        extensions: isRecord(first['extensions']) ? first['extensions'] : undefined,
      };
    }
  } catch {
    // Not JSON: the status code alone has to do.
  }
  return null;
}

function fromGraphQLError(error: GraphQLFormattedError): PortalError {
  const extensions = error.extensions ?? {};
  const rawCode = extensions['code'];
  const code: ErrorCode = typeof rawCode === 'string' && isErrorCode(rawCode) ? rawCode : 'UNKNOWN';
  const rawReason = extensions['reason'];
  const reason = typeof rawReason === 'string' ? rawReason : null;
  return build(code, reason, error.message, readFieldErrors(extensions['fieldErrors']));
}

function build(
  code: ErrorCode,
  reason: string | null,
  serverMessage: string,
  fieldErrors: readonly FieldErrorView[],
): PortalError {
  return { code, reason, message: summaryText(code, reason, serverMessage, fieldErrors), fieldErrors };
}

function summaryText(
  code: ErrorCode,
  reason: string | null,
  serverMessage: string,
  fieldErrors: readonly FieldErrorView[],
): LocalizedText {
  if (reason && isKnownReason(reason)) {
    return { key: `errors.reason.${reason}`, fallback: serverMessage };
  }
  if (CODES_WITH_OWN_MESSAGE.includes(code) || fieldErrors.length > 0 || !serverMessage) {
    return { key: `errors.code.${code}`, fallback: serverMessage };
  }
  return { key: null, fallback: serverMessage };
}

function readFieldErrors(value: unknown): FieldErrorView[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.filter(isRecord).map((entry) => {
    const field = typeof entry['field'] === 'string' ? entry['field'] : '';
    const rule = typeof entry['rule'] === 'string' ? entry['rule'] : '';
    const message = typeof entry['message'] === 'string' ? entry['message'] : '';
    return { field, rule, message: ruleText(rule, message) };
  });
}

/** Words for one validation rule (also used for import line reasons). */
export function ruleText(rule: string, serverMessage: string): LocalizedText {
  if (isKnownRule(rule)) {
    return { key: `errors.rule.${rule}`, fallback: serverMessage };
  }
  if (isKnownReason(rule)) {
    return { key: `errors.reason.${rule}`, fallback: serverMessage };
  }
  return { key: null, fallback: serverMessage || rule };
}

function statusFamily(status: number): ErrorCode {
  return status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
