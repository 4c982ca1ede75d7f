import { GraphQLClient } from './support/graphql-client';
import { RunningApi, startApi } from './support/api-process';

/**
 * The GraphQL and HTTP limits not covered by the query-limit tests (depth, aliases, cost are in operations.e2e.ts):
 * token count, batching, body size, CSRF, security headers, and what production mode hides. Each hostile request must
 * be refused quickly with a clear error, and the API must keep answering afterwards.
 */
describe('HTTP and GraphQL hardening (demo mode)', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api?.stop());

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers, body });

  it('refuses a document of too many tokens before validating it', async () => {
    // 6,000 tokens of a harmless-looking query: parsing stops at the limit.
    const query = `{ me { ${Array.from({ length: 6000 }, () => 'id').join(' ')} } }`;
    const started = Date.now();
    const response = await post(JSON.stringify({ query }));
    const body = (await response.json()) as { errors: Array<{ message: string; extensions?: { code?: string } }> };
    expect(response.status).toBe(400);
    expect(body.errors[0].message).toMatch(/Syntax Error: Document contains more tha[nt] 5000 tokens/);
    expect(body.errors[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses batched operations', async () => {
    const response = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batching/i);
  });

  it('refuses a body over the size limit with 413 and stays up', async () => {
    const padding = 'x'.repeat(13 * 1024 * 1024);
    const response = await post(JSON.stringify({ query: '{ __typename }', variables: { padding } }));
    expect(response.status).toBe(413);
    const after = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(after.status).toBe(200);
  });

  it('refuses cross-site simple requests (CSRF prevention) but serves the portal-shaped ones', async () => {
    // A form or `fetch(..., { mode: 'no-cors' })` from another site can only send text/plain without custom headers.
    const simple = await post(JSON.stringify({ query: 'mutation { logout }' }), { 'content-type': 'text/plain' });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const get = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
  });

  it('sends security headers on the API and the portal', async () => {
    for (const path of ['/graphql', '/']) {
      const response = path === '/graphql' ? await post(JSON.stringify({ query: '{ __typename }' })) : await fetch(`${api.baseUrl}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('production mode hides the schema and the internals', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi('sqlite', { TUNAS_MODE: 'production', JWT_SECRET: 'h'.repeat(48) });
  });
  afterAll(() => api?.stop());

  it('refuses introspection', async () => {
    const client = new GraphQLClient(api.baseUrl);
    const response = await client.request('{ __schema { types { name } } }');
    expect(response.data).toBeNull();
    expect(response.errors[0].message).toMatch(/introspection/i);
    expect(response.raw).not.toContain('MaterialKind');
    expect(response.raw).not.toContain('CourseOutline');
  });

  it('gives no field suggestions and no stack traces', async () => {
    const client = new GraphQLClient(api.baseUrl);
    const typo = await client.request('{ mee { id } }');
    expect(typo.errors[0].message).toMatch(/Cannot query field "mee"/);
    expect(typo.raw).not.toMatch(/Did you mean/);
    const failing = await client.request('mutation { login(input: { identifier: "nobody@tunas.test", password: "x" }) { accessToken } }');
    expect(failing.errors.length).toBeGreaterThan(0);
    expect(failing.raw).not.toMatch(/stacktrace|at [A-Za-z]+ \(|\.js:\d+/);
  });

  it('has no demo accounts', async () => {
    const client = new GraphQLClient(api.baseUrl);
    await expect(client.login('admin@tunas.test')).rejects.toThrow(/login as admin@tunas.test failed/);
  });
});
