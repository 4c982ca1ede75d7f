import { ApolloLink } from '@apollo/client/link';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { type Observable, catchError, defer, from, mergeMap, of, switchMap, throwError } from 'rxjs';
import { isSessionError } from '../errors/portal-error.mapper';

/** What the link needs from whoever keeps the session (the auth store). */
export interface SessionTokenSource {
  accessToken(): string | null;
  /** Asks the API for a new access token with the refresh cookie; resolves false when that fails. */
  refreshAccessToken(): Promise<boolean>;
}

/** Operations that manage the session themselves and must never trigger a refresh. */
export const SESSION_OPERATIONS: ReadonlySet<string> = new Set([
  'Login',
  'RefreshSession',
  'Logout',
  'ActivateAccount',
]);

/**
 * Adds `Authorization: Bearer <token>` to every request and, when the API answers
 * UNAUTHENTICATED, refreshes the session once and retries the operation once.
 */
export function createSessionLink(session: SessionTokenSource): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const send = (): Observable<ApolloLink.Result> =>
      defer(() => {
        const token = session.accessToken();
        operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
          headers: token ? { ...headers, Authorization: `Bearer ${token}` } : { ...headers },
        }));
        return forward(operation);
      });

    if (SESSION_OPERATIONS.has(operation.operationName ?? '')) {
      return send();
    }

    const refreshThenRetry = (original: Observable<ApolloLink.Result>) =>
      from(session.refreshAccessToken()).pipe(switchMap((refreshed) => (refreshed ? send() : original)));

    return send().pipe(
      mergeMap((result) =>
        hasSessionError(result.errors) ? refreshThenRetry(of(result)) : of(result),
      ),
      catchError((error: unknown) =>
        isSessionError(error) ? refreshThenRetry(throwError(() => error)) : throwError(() => error),
      ),
    );
  });
}

function hasSessionError(errors: ReadonlyArray<GraphQLFormattedError> | undefined): boolean {
  return !!errors?.length && isSessionError(new CombinedGraphQLErrors({ errors }));
}
