import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isSessionError, ruleText, toPortalError } from './portal-error.mapper';

function graphQLError(extensions: Record<string, unknown>, message = 'Server says no'): CombinedGraphQLErrors {
  const error: GraphQLFormattedError = { message, extensions };
  return new CombinedGraphQLErrors({ errors: [error] });
}

function serverError(statusCode: number, bodyText: string): ServerError {
  const response = { status: statusCode, headers: new Map() } as unknown as Response;
  return new ServerError(`Response not successful: Received status code ${statusCode}`, { response, bodyText });
}

describe('toPortalError', () => {
  it('translates a wrong password by its reason, the same as an unknown user', () => {
    const error = toPortalError(graphQLError({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' }));

    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.reason).toBe('INVALID_CREDENTIALS');
    expect(error.message.key).toBe('errors.reason.INVALID_CREDENTIALS');
  });

  it('names a disabled account by its reason even though the code is FORBIDDEN', () => {
    const error = toPortalError(graphQLError({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISABLED' }));

    expect(error.message.key).toBe('errors.reason.ACCOUNT_DISABLED');
  });

  it('gives TOO_MANY_REQUESTS its own sentence when the reason is unknown', () => {
    const error = toPortalError(graphQLError({ code: 'TOO_MANY_REQUESTS', reason: 'SOMETHING_NEW' }));

    expect(error.message.key).toBe('errors.code.TOO_MANY_REQUESTS');
  });

  it('falls back to the server message for an unknown reason of a conflict', () => {
    const error = toPortalError(graphQLError({ code: 'CONFLICT', reason: 'BRAND_NEW' }, 'Something clashed'));

    expect(error.message).toEqual({ key: null, fallback: 'Something clashed' });
  });

  it('maps field errors by rule and keeps the server text for rules it does not know', () => {
    const error = toPortalError(
      graphQLError({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        fieldErrors: [
          { field: 'nip', rule: 'NIP_BIRTH_DATE', message: 'Birth date invalid' },
          { field: 'name', rule: 'NAME_TOO_FUNNY', message: 'Name is too funny' },
        ],
      }),
    );

    expect(error.message.key).toBe('errors.code.BAD_USER_INPUT');
    expect(error.fieldErrors).toEqual([
      { field: 'nip', rule: 'NIP_BIRTH_DATE', message: { key: 'errors.rule.NIP_BIRTH_DATE', fallback: 'Birth date invalid' } },
      { field: 'name', rule: 'NAME_TOO_FUNNY', message: { key: null, fallback: 'Name is too funny' } },
    ]);
  });

  it('recognises a stale version as a conflict the user can resolve by reloading', () => {
    const error = toPortalError(graphQLError({ code: 'CONFLICT', reason: 'STALE_VERSION' }));

    expect(error.code).toBe('CONFLICT');
    expect(error.message.key).toBe('errors.reason.STALE_VERSION');
  });

  it('reads GraphQL errors from the body of a non-2xx answer', () => {
    const body = JSON.stringify({ errors: [{ message: 'Slow down', extensions: { code: 'TOO_MANY_REQUESTS' } }] });

    expect(toPortalError(serverError(429, body)).code).toBe('TOO_MANY_REQUESTS');
  });

  it('uses the HTTP status when the body is not GraphQL', () => {
    expect(toPortalError(serverError(503, '<html>down</html>')).code).toBe('SERVICE_UNAVAILABLE');
    expect(toPortalError(serverError(502, 'bad gateway')).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('reports an unreachable server as a network error', () => {
    expect(toPortalError(new TypeError('Failed to fetch')).message.key).toBe('errors.code.NETWORK_ERROR');
  });

  it('treats an unknown code as UNKNOWN', () => {
    expect(toPortalError(graphQLError({ code: 'MARS_ATTACKS' })).code).toBe('UNKNOWN');
    expect(toPortalError('boom').code).toBe('UNKNOWN');
  });
});

describe('isSessionError', () => {
  it('is true for an expired session and false for wrong credentials', () => {
    expect(isSessionError(graphQLError({ code: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isSessionError(graphQLError({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' }))).toBe(false);
    expect(isSessionError(graphQLError({ code: 'FORBIDDEN' }))).toBe(false);
  });
});

describe('ruleText', () => {
  it('translates known rules and reasons and shows anything else as written', () => {
    expect(ruleText('NIP_LENGTH', '').key).toBe('errors.rule.NIP_LENGTH');
    expect(ruleText('EMAIL_TAKEN', '').key).toBe('errors.reason.EMAIL_TAKEN');
    expect(ruleText('unit_kerja tidak dikenal', 'unit_kerja tidak dikenal')).toEqual({
      key: null,
      fallback: 'unit_kerja tidak dikenal',
    });
  });
});
