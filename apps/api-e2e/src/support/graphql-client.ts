export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; reason?: string; fieldErrors?: Array<{ field: string; rule: string; message: string }> };
}

export interface GraphQLResponse<T> {
  status: number;
  data: T | null;
  errors: GraphQLErrorShape[];
  headers: Headers;
  raw: string;
}

/** A small GraphQL client over real HTTP that keeps cookies like a browser would (per client). */
export class GraphQLClient {
  private readonly cookies = new Map<string, string>();
  token: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.token) headers['authorization'] = `Bearer ${this.token}`;
    if (this.cookies.size) headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const raw = await response.text();
    const body = JSON.parse(raw) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors ?? [], headers: response.headers, raw };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async login(identifier: string, password = DEMO_PASSWORD): Promise<{ id: string; roles: string[] }> {
    const result = await this.request<{ login: { accessToken: string; user: { id: string; roles: string[] } } }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id roles } } }',
      { input: { identifier, password } },
    );
    if (!result.data) throw new Error(`login as ${identifier} failed: ${result.raw}`);
    this.token = result.data.login.accessToken;
    return result.data.login.user;
  }
}

export const DEMO_PASSWORD = 'Tunas#2026';

export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors[0]?.extensions?.code;
}
