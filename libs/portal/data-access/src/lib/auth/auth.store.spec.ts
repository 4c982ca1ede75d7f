import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Apollo } from 'apollo-angular';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { type Observable, of, throwError } from 'rxjs';
import type { AuthSessionFragment } from '../generated/graphql';
import { AuthStore } from './auth.store';

type Answer = { data: unknown } | { error: unknown };

const payload = (token: string): AuthSessionFragment => ({
  accessToken: token,
  accessTokenExpiresAt: '2026-01-01T00:15:00.000Z',
  user: {
    id: 'u1',
    name: 'Siti Pelajar',
    email: 'pelajar@tunas.test',
    nip: '199001012015012001',
    roles: ['LEARNER', 'SUPERVISOR'],
    orgUnit: null,
    institution: null,
  },
});

const invalidCredentials = new CombinedGraphQLErrors({
  errors: [{ message: 'Invalid credentials', extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } }],
});

/** Answers mutations by operation name and records what was asked. */
class FakeApollo {
  readonly answers = new Map<string, Answer[]>();
  readonly calls: { operation: string; variables: unknown }[] = [];
  readonly client = { clearStore: jest.fn().mockResolvedValue([]) };

  answer(operation: string, ...answers: Answer[]): void {
    this.answers.set(operation, answers);
  }

  mutate(options: { mutation: DocumentNode; variables?: unknown }): Observable<{ data: unknown }> {
    const definition = options.mutation.definitions.find(
      (node): node is OperationDefinitionNode => node.kind === 'OperationDefinition',
    );
    const operation = definition?.name?.value ?? '';
    this.calls.push({ operation, variables: options.variables });
    const next = this.answers.get(operation)?.shift();
    if (!next) {
      return throwError(() => new Error(`No answer for ${operation}`));
    }
    return 'error' in next ? throwError(() => next.error) : of({ data: next.data });
  }
}

describe('AuthStore', () => {
  let apollo: FakeApollo;
  let store: AuthStore;

  beforeEach(() => {
    apollo = new FakeApollo();
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: apollo }] });
    store = TestBed.inject(AuthStore);
  });

  it('starts restoring and restores the session from the refresh cookie', async () => {
    apollo.answer('RefreshSession', { data: { refreshSession: payload('t1') } });
    expect(store.status()).toBe('restoring');

    await store.restoreSession();

    expect(store.isSignedIn()).toBe(true);
    expect(store.accessToken()).toBe('t1');
    expect(store.roles()).toEqual(['LEARNER', 'SUPERVISOR']);
    expect(store.hasRole('SUPERVISOR')).toBe(true);
    expect(store.isAdmin()).toBe(false);
  });

  it('ends up signed out when there is no session to restore', async () => {
    apollo.answer('RefreshSession', { error: new Error('no cookie') });

    await store.restoreSession();

    expect(store.status()).toBe('signedOut');
    expect(store.accessToken()).toBeNull();
  });

  it('asks the API only once however often the session is restored', async () => {
    apollo.answer('RefreshSession', { data: { refreshSession: payload('t1') } });

    await Promise.all([store.restoreSession(), store.restoreSession()]);
    await store.restoreSession();

    expect(apollo.calls.filter((call) => call.operation === 'RefreshSession')).toHaveLength(1);
  });

  it('shares one refresh between requests that fail at the same time', async () => {
    apollo.answer('RefreshSession', { data: { refreshSession: payload('t2') } });

    const results = await Promise.all([store.refreshAccessToken(), store.refreshAccessToken()]);

    expect(results).toEqual([true, true]);
    expect(apollo.calls).toHaveLength(1);
  });

  it('keeps the access token in memory only', async () => {
    apollo.answer('Login', { data: { login: payload('secret') } });
    const setItem = jest.spyOn(Storage.prototype, 'setItem');

    await store.login('  pelajar@tunas.test ', 'Tunas#2026');

    expect(store.accessToken()).toBe('secret');
    expect(apollo.calls[0].variables).toEqual({ input: { identifier: 'pelajar@tunas.test', password: 'Tunas#2026' } });
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockRestore();
  });

  it('stays signed out and rethrows when the credentials are wrong', async () => {
    apollo.answer('RefreshSession', { error: new Error('no cookie') });
    await store.restoreSession();
    apollo.answer('Login', { error: invalidCredentials });

    await expect(store.login('pelajar@tunas.test', 'wrong')).rejects.toBe(invalidCredentials);

    expect(store.isSignedIn()).toBe(false);
  });

  it('signs in after activating an account', async () => {
    apollo.answer('ActivateAccount', { data: { activateAccount: payload('fresh') } });

    await store.activateAccount('one-time-token', 'a long pass phrase');

    expect(store.user()?.name).toBe('Siti Pelajar');
    expect(apollo.calls[0].variables).toEqual({ input: { token: 'one-time-token', password: 'a long pass phrase' } });
  });

  it('logs out on the server, forgets the session and clears cached data', async () => {
    apollo.answer('Login', { data: { login: payload('t1') } });
    await store.login('pelajar@tunas.test', 'Tunas#2026');
    apollo.answer('Logout', { data: { logout: true } });

    await store.logout();

    expect(apollo.calls.map((call) => call.operation)).toEqual(['Login', 'Logout']);
    expect(store.status()).toBe('signedOut');
    expect(store.user()).toBeNull();
    expect(apollo.client.clearStore).toHaveBeenCalled();
  });

  it('forgets the session locally even when the server cannot be reached at logout', async () => {
    apollo.answer('Login', { data: { login: payload('t1') } });
    await store.login('pelajar@tunas.test', 'Tunas#2026');
    apollo.answer('Logout', { error: new TypeError('Failed to fetch') });

    await store.logout();

    expect(store.isSignedIn()).toBe(false);
  });

  it('runs sign-out tasks for the person leaving, while the session still holds', async () => {
    apollo.answer('Login', { data: { login: payload('t1') } });
    await store.login('pelajar@tunas.test', 'Tunas#2026');
    apollo.answer('Logout', { data: { logout: true } });
    const seen: { userId: string; token: string | null }[] = [];
    store.registerSignOutTask(async (userId) => {
      seen.push({ userId, token: store.accessToken() });
    });

    await store.logout();

    expect(seen).toEqual([{ userId: 'u1', token: 't1' }]);
  });

  it('does not run sign-out tasks when a session merely expires (pending work must survive)', async () => {
    apollo.answer('Login', { data: { login: payload('t1') } });
    await store.login('pelajar@tunas.test', 'Tunas#2026');
    apollo.answer('RefreshSession', { error: new TypeError('Failed to fetch') });
    const task = jest.fn().mockResolvedValue(undefined);
    store.registerSignOutTask(task);

    await store.refreshAccessToken();

    expect(task).not.toHaveBeenCalled();
  });

  it('signs out when a refresh during the session is refused', async () => {
    apollo.answer('Login', { data: { login: payload('t1') } });
    await store.login('pelajar@tunas.test', 'Tunas#2026');
    apollo.answer('RefreshSession', { error: new Error('revoked') });

    expect(await store.refreshAccessToken()).toBe(false);
    expect(store.status()).toBe('signedOut');
  });
});
