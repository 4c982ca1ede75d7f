import { DEMO_PASSWORD, baseUrl } from './browser';

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

/** A GraphQL call straight to the API under test, for a journey's own fixtures; any error fails the journey. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLAnswer<T>;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** An access token of a demo account (or of a person a journey created with the demo password). */
export async function tokenOf(identifier: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { identifier, password } });
  return data.login.accessToken;
}
