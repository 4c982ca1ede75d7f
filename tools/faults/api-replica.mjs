// The built API as a child process. Runs a copy of dist/apps/api taken when the fault run starts, so another
// build writing dist/ meanwhile cannot swap the code between a crash and the restart.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = join(ROOT, 'dist/apps/api');
// Inside the repository, so the copy still resolves node_modules from the root.
const SNAPSHOT = join(ROOT, 'dist/faults/api');

export const JWT_SECRET = 'faults-secret-faults-secret-faults-secret-0123';

export function snapshotBuiltApi() {
  if (!existsSync(join(BUILT, 'main.js'))) throw new Error(`Build the API first (npx nx build api): ${BUILT}/main.js is missing`);
  rmSync(SNAPSHOT, { recursive: true, force: true });
  cpSync(BUILT, SNAPSHOT, { recursive: true });
}

export function removeSnapshot() {
  rmSync(SNAPSHOT, { recursive: true, force: true });
}

export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

export class ApiReplica {
  /**
   * @param {string} name shown in the report
   * @param {{ port: number, databaseUrl: string, redisUrl?: string }} options
   */
  constructor(name, { port, databaseUrl, redisUrl }) {
    this.name = name;
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
    this.env = {
      ...process.env,
      TUNAS_MODE: 'production',
      JWT_SECRET,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      TRUST_PROXY: 'false',
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    };
    this.process = null;
    this.output = '';
  }

  get pid() {
    return this.process?.pid ?? null;
  }

  /** Starts the process and resolves when /health answers 200 (migrations have run by then). */
  async start() {
    const child = spawn(process.execPath, [join(SNAPSHOT, 'main.js')], { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk) => (this.output = (this.output + chunk.toString()).slice(-2_000_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    this.process = child;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`API ${this.name} exited with ${child.exitCode}:\n${this.output.slice(-3000)}`);
      try {
        if ((await fetch(`${this.url}/health`)).status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`API ${this.name} did not become healthy within 60 s:\n${this.output.slice(-3000)}`);
  }

  /** `kill -9`: no shutdown hooks, in-flight requests are cut off. */
  async crash() {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
    this.process = null;
  }

  async stop() {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    this.process = null;
  }

  /** The first few distinct error messages the API logged, shortened. */
  loggedErrorSamples(limit = 3) {
    const messages = this.loggedErrors().map((line) => {
      try {
        const entry = JSON.parse(line);
        return String(entry.msg ?? entry.err?.message ?? line);
      } catch {
        return line;
      }
    });
    return [...new Set(messages.map((message) => message.split('\n')[0].slice(0, 200)))].slice(0, limit);
  }

  /** Error-level lines the API logged (pino JSON), for the report. */
  loggedErrors() {
    return this.output
      .split('\n')
      .filter((line) => line.trim())
      .filter((line) => {
        try {
          return JSON.parse(line).level >= 50;
        } catch {
          return /error/i.test(line);
        }
      });
  }
}
