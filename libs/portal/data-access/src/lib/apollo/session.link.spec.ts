import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { Observable, of } from 'rxjs';
import { type SessionTokenSource, createSessionLink } from './session.link';

const MeQuery = gql`
  query Me {
    me {
      id
    }
  }
`;
const LoginMutation = gql`
  mutation Login {
    login {
      accessToken
    }
  }
`;

const unauthenticated: GraphQLFormattedError = { message: 'No session', extensions: { code: 'UNAUTHENTICATED' } };

class FakeSession implements SessionTokenSource {
  token: string | null = 'old-token';
  refreshes = 0;
  constructor(private readonly refreshSucceeds: boolean) {}

  accessToken(): string | null {
    return this.token;
  }

  async refreshAccessToken(): Promise<boolean> {
    this.refreshes += 1;
    if (this.refreshSucceeds) {
      this.token = 'new-token';
    }
    return this.refreshSucceeds;
  }
}

/** A terminating link that answers UNAUTHENTICATED unless the request carries `acceptedToken`. */
function fakeServer(acceptedToken: string, seenHeaders: string[]): ApolloLink {
  return new ApolloLink((operation) => {
    const headers = (operation.getContext()['headers'] ?? {}) as Record<string, string>;
    seenHeaders.push(headers['Authorization'] ?? '');
    return headers['Authorization'] === `Bearer ${acceptedToken}`
      ? of({ data: { me: { __typename: 'User', id: 'u1' }, login: { __typename: 'AuthPayload', accessToken: 't' } } })
      : of({ errors: [unauthenticated] });
  });
}

function clientWith(session: SessionTokenSource, server: ApolloLink): ApolloClient {
  return new ApolloClient({ link: ApolloLink.from([createSessionLink(session), server]), cache: new InMemoryCache() });
}

describe('createSessionLink', () => {
  it('sends the access token as a bearer token', async () => {
    const seen: string[] = [];
    const session = new FakeSession(true);

    await clientWith(session, fakeServer('old-token', seen)).query({ query: MeQuery });

    expect(seen).toEqual(['Bearer old-token']);
    expect(session.refreshes).toBe(0);
  });

  it('refreshes once and retries once when the API answers UNAUTHENTICATED', async () => {
    const seen: string[] = [];
    const session = new FakeSession(true);

    const result = await clientWith(session, fakeServer('new-token', seen)).query({ query: MeQuery });

    expect(result.data).toEqual({ me: { __typename: 'User', id: 'u1' } });
    expect(seen).toEqual(['Bearer old-token', 'Bearer new-token']);
    expect(session.refreshes).toBe(1);
  });

  it('gives up with the original error when the refresh fails', async () => {
    const seen: string[] = [];
    const session = new FakeSession(false);

    await expect(clientWith(session, fakeServer('never', seen)).query({ query: MeQuery })).rejects.toThrow('No session');
    expect(seen).toHaveLength(1);
    expect(session.refreshes).toBe(1);
  });

  it('never refreshes for the session operations themselves', async () => {
    const seen: string[] = [];
    const session = new FakeSession(true);

    await expect(clientWith(session, fakeServer('never', seen)).mutate({ mutation: LoginMutation })).rejects.toThrow();
    expect(session.refreshes).toBe(0);
  });

  it('does not refresh on a network failure', async () => {
    const session = new FakeSession(true);
    let calls = 0;
    const server = new ApolloLink(
      () =>
        new Observable((subscriber) => {
          calls += 1;
          if (calls === 1) {
            subscriber.error(new TypeError('network down'));
            return;
          }
          subscriber.next({ data: { me: { __typename: 'User', id: 'u1' } } });
          subscriber.complete();
        }),
    );

    await expect(clientWith(session, server).query({ query: MeQuery })).rejects.toThrow('network down');
    expect(session.refreshes).toBe(0);
  });
});
