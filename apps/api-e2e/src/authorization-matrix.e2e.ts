import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningApi, startApi } from './support/api-process';
import {
  Actor,
  ACTOR_LOGINS,
  ACTORS,
  HTTP_MATRIX,
  HttpRule,
  MUTATION_MATRIX,
  OperationRule,
  PORTAL_SHELL_MARKER,
  QUERY_MATRIX,
  SEED_QUIZ_SOURCES,
} from './support/authorization-matrix';
import { GraphQLClient, GraphQLResponse } from './support/graphql-client';
import { introspect, LiveSchema, RootKind, rootFieldNames, sendOperation } from './support/schema-operations';

interface MatrixRow {
  kind: RootKind;
  name: string;
  rule: OperationRule;
}

const MATRICES: Record<RootKind, Readonly<Record<string, OperationRule>>> = { query: QUERY_MATRIX, mutation: MUTATION_MATRIX };

// Operations that end the caller's session run after all others, so every actor stays signed in until then.
const ROWS: MatrixRow[] = (['query', 'mutation'] as const)
  .flatMap((kind) => Object.entries(MATRICES[kind]).map(([name, rule]) => ({ kind, name, rule })))
  .sort((a, b) => Number(!!a.rule.runLast) - Number(!!b.rule.runLast));

// Only SQLite: the gate does not depend on the database, and one API start keeps this fast.
describe('the authorisation matrix, on sqlite', () => {
  let api: RunningApi;
  let schema: LiveSchema;
  let portalDir: string;
  const clients = {} as Record<Actor, GraphQLClient>;

  beforeAll(async () => {
    portalDir = mkdtempSync(join(tmpdir(), 'tunas-portal-'));
    writeFileSync(join(portalDir, 'index.html'), `<!doctype html><html><body>${PORTAL_SHELL_MARKER}</body></html>`);
    api = await startApi('sqlite', { PORTAL_DIR: portalDir });
    clients.anonymous = new GraphQLClient(api.baseUrl);
    for (const [actor, login] of Object.entries(ACTOR_LOGINS) as Array<[Exclude<Actor, 'anonymous'>, string]>) {
      clients[actor] = new GraphQLClient(api.baseUrl);
      await clients[actor].login(login);
    }
    schema = await introspect(clients.anonymous);
  });
  afterAll(async () => {
    await api?.stop();
    if (portalDir) rmSync(portalDir, { recursive: true, force: true });
  });

  it('covers every query and mutation of the live schema, and nothing else', () => {
    const disagreement = (kind: RootKind) => {
      const live = rootFieldNames(schema, kind);
      const listed = Object.keys(MATRICES[kind]);
      return { missingFromMatrix: live.filter((name) => !listed.includes(name)).sort(), goneFromSchema: listed.filter((name) => !live.includes(name)).sort() };
    };
    expect({ query: disagreement('query'), mutation: disagreement('mutation') }).toEqual({
      query: { missingFromMatrix: [], goneFromSchema: [] },
      mutation: { missingFromMatrix: [], goneFromSchema: [] },
    });
  });

  it.each(ROWS)('$kind $name answers each actor as the matrix says', async ({ kind, name, rule }) => {
    if (!rootFieldNames(schema, kind).includes(name)) throw new Error(`${kind} ${name} is in the matrix but not in the schema`);
    const mismatches: string[] = [];
    for (const actor of ACTORS) {
      const problem = judge(rule, actor, await sendOperation(clients[actor], schema, kind, name, rule.arguments));
      if (problem) mismatches.push(`${actor}: ${problem}`);
    }
    expect(mismatches).toEqual([]);
  });

  describe('over plain HTTP', () => {
    it.each(HTTP_MATRIX)('$name ($method $path)', async (rule) => {
      const { status, body } = await send(rule, rule.as ? clients[rule.as].token : null);
      if (rule.status === 'refused') expect({ status, ok: status >= 200 && status < 300 }).toEqual({ status, ok: false });
      else expect(status).toBe(rule.status);
      if (rule.contains) expect(body).toContain(rule.contains);
      if (rule.excludes) expect(body).not.toContain(rule.excludes);
    });

    // The seed folder also holds the quizzes' GIFT sources: only lesson media may be served from it.
    it.each(SEED_QUIZ_SOURCES)('does not serve the seed quiz source %s (its right answers)', async (path) => {
      const { status } = await send({ name: path, method: 'GET', path, status: 'refused' }, null);
      expect(status).toBe(404);
    });
  });

  /** Raw HTTP, so paths with dot segments reach the server as written (fetch would normalise them). */
  function send(rule: HttpRule, token: string | null): Promise<{ status: number; body: string }> {
    const headers: Record<string, string> = { ...rule.headers };
    if (token) headers['authorization'] = `Bearer ${token}`;
    return new Promise((done, fail) => {
      const { hostname, port } = new URL(api.baseUrl);
      const sent = request({ hostname, port, path: rule.path, method: rule.method, headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0, body }));
      });
      sent.on('error', fail);
      sent.end(rule.body);
    });
  }
});

/** Why the response breaks the rule for this actor, or null when it keeps it. */
function judge(rule: OperationRule, actor: Actor, response: GraphQLResponse<unknown>): string | null {
  const unreached = response.errors.find((error) => !error.path);
  if (unreached) return `the request never reached the resolver (fix the generated arguments): ${summarise(response)}`;
  const expected = rule.outcomes[actor];
  const refusal = gateRefusal(response);
  if (expected === 'UNAUTHENTICATED' || expected === 'FORBIDDEN') {
    return refusal === expected ? null : `expected the role gate to answer ${expected}, got ${summarise(response)}`;
  }
  if (refusal) return `expected ${typeof expected === 'string' ? expected : `an object check (${expected.object.join(', ')})`}, the role gate answered ${summarise(response)}`;
  const unexpected = response.errors.find(
    (error) => ['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR'].includes(error.extensions?.code ?? '') && !rule.dummyRefusals?.includes(error.extensions?.reason ?? ''),
  );
  return unexpected ? `passed the role gate but answered ${summarise(response)}` : null;
}

/** The policy guard's own refusals (a domain check that answers FORBIDDEN carries its own reason). */
function gateRefusal(response: GraphQLResponse<unknown>): 'UNAUTHENTICATED' | 'FORBIDDEN' | null {
  for (const error of response.errors) {
    const { code, reason } = error.extensions ?? {};
    if (code === 'UNAUTHENTICATED' && reason === 'UNAUTHENTICATED') return 'UNAUTHENTICATED';
    if (code === 'FORBIDDEN' && (reason === 'FORBIDDEN' || reason === 'NO_POLICY')) return 'FORBIDDEN';
  }
  return null;
}

function summarise(response: GraphQLResponse<unknown>): string {
  if (!response.errors.length) return 'data';
  return response.errors.map((error) => `${error.extensions?.code ?? '?'}/${error.extensions?.reason ?? '-'} "${error.message}"`).join('; ');
}
