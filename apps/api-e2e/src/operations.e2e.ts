import { createServer, Server, Socket } from 'node:net';
import { freePort, RunningApi, runApiToExit, startApi } from './support/api-process';
import { errorCode, GraphQLClient } from './support/graphql-client';

describe('start-up checks', () => {
  it('stops with one line naming a bad setting', async () => {
    const { code, output } = await runApiToExit({ PORT: 'eighty' });
    expect(code).not.toBe(0);
    expect(output.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: PORT /)]);
  });

  it('stops with one line when DATABASE_URL cannot be reached', async () => {
    const port = await freePort();
    const { code, output } = await runApiToExit({ DATABASE_URL: `mysql://tunas:secret@127.0.0.1:${port}/tunas` });
    expect(code).not.toBe(0);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Cannot open the database mysql://tunas:\\*\\*\\*@127\\.0\\.0\\.1:${port}/tunas: .*ECONNREFUSED`));
    expect(lines[0]).not.toContain('secret');
  });
});

/** A TCP relay between the API and MariaDB that the test can cut and restore, like a network outage. */
class Outage {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((done) => this.server!.listen(this.port, '127.0.0.1', done));
  }

  async down(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
    this.server = null;
  }
}

describe('health and database outages (MariaDB)', () => {
  let api: RunningApi;
  let outage: Outage;

  beforeAll(async () => {
    const mariadb = new URL(process.env['TUNAS_TEST_MARIADB_URL'] ?? 'mysql://root@127.0.0.1:3306');
    outage = new Outage(await freePort(), { host: mariadb.hostname, port: Number(mariadb.port || 3306) });
    await outage.up();
    // The API reaches MariaDB only through the relay, so the test can take the database away.
    api = await startApi('mariadb', {}, (url) => {
      url.hostname = '127.0.0.1';
      url.port = String(outage.port);
    });
  });

  afterAll(async () => {
    await api?.stop();
    await outage?.down();
  });

  it('reports the database as up while it answers', async () => {
    const response = await fetch(`${api.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
  });

  it('fails cleanly while the database is gone and recovers by itself when it returns', async () => {
    const client = new GraphQLClient(api.baseUrl);
    await client.login('pelajar@tunas.test');
    await outage.down();

    const health = await fetch(`${api.baseUrl}/health`);
    expect(health.status).toBe(503);
    const during = await client.request('{ me { email } }');
    expect(errorCode(during)).toBe('SERVICE_UNAVAILABLE');
    expect(during.errors[0]?.message).toBe('The database is not reachable right now; please try again shortly');
    expect(during.raw).not.toMatch(/ECONN|stack|at \//);
    // Twenty more failing requests: the log says once that the database is gone, not once per request.
    for (let i = 0; i < 20; i++) expect(errorCode(await client.request('{ me { email } }'))).toBe('SERVICE_UNAVAILABLE');
    expect(api.output().match(/Database unavailable/g)?.length ?? 0).toBe(1);

    await outage.up();
    const deadline = Date.now() + 15_000;
    let recovered = false;
    while (!recovered && Date.now() < deadline) {
      const answer = await client.request<{ me: { email: string } }>('{ me { email } }');
      recovered = answer.data?.me.email === 'pelajar@tunas.test';
      if (!recovered) await new Promise((done) => setTimeout(done, 250));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);
    expect(api.process.exitCode).toBeNull();
  });
});

describe('query limits', () => {
  let api: RunningApi;
  let admin: GraphQLClient;

  beforeAll(async () => {
    api = await startApi('sqlite');
    admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
  });
  afterAll(() => api?.stop());

  it('refuses a query nested too deep before running it', async () => {
    const deep = `{ me { ${'supervisor { '.repeat(14)}id${' }'.repeat(14)} } }`;
    const started = Date.now();
    const refused = await admin.request(deep);
    expect(refused.errors[0]).toMatchObject({ message: 'The query is nested 16 levels deep; the limit is 12', extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' } });
    expect(refused.data).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses alias floods', async () => {
    const flood = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const refused = await admin.request(flood);
    expect(refused.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' });
  });

  it('refuses a query whose cost multiplies past the limit, and allows the portal-sized one', async () => {
    const costly = '{ users(page: { limit: 100 }) { items { id orgUnit { id } supervisor { id orgUnit { id } supervisor { id roles orgUnit { name } } } institution { id name } } } }';
    const big = `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: users(page: { offset: ${i * 100}, limit: 100 }) { items { id name email roles supervisor { name } orgUnit { name } } }`).join(' ')} }`;
    expect((await admin.request(costly)).errors).toEqual([]);
    const refused = await admin.request(big);
    expect(refused.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
  });
});
