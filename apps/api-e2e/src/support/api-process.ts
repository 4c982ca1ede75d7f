import { createTestDatabase, TestDatabase, TestDialect } from '@tunas/shared/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
export const API_MAIN = join(ROOT, 'dist/apps/api/main.js');

export interface RunningApi {
  baseUrl: string;
  database: TestDatabase;
  process: ChildProcess;
  output(): string;
  /** Stops the API process and starts a new one on the same port, database and data directory. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the built API as its own process on a free port, with a database of its own. */
export async function startApi(
  dialect: TestDialect,
  env: Record<string, string> = {},
  rewriteDatabaseUrl: (url: URL) => void = () => undefined,
): Promise<RunningApi> {
  if (!existsSync(API_MAIN)) throw new Error(`Build the API first (npx nx build api): ${API_MAIN} is missing`);
  const database = await createTestDatabase(dialect);
  const databaseEnv = { ...database.env };
  if (database.url) {
    const url = new URL(database.url);
    rewriteDatabaseUrl(url);
    databaseEnv['DATABASE_URL'] = url.toString();
  }
  const port = await freePort();
  let output = '';
  const launch = () => {
    const child = spawn(process.execPath, [API_MAIN], {
      cwd: ROOT,
      env: { ...process.env, TUNAS_MODE: 'demo', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...databaseEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return child;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const running: RunningApi = {
    baseUrl,
    database,
    process: launch(),
    output: () => output,
    restart: async () => {
      await stopProcess(running.process);
      running.process = launch();
      try {
        await waitForHealth(baseUrl, running.process, () => output);
      } catch (error) {
        running.process.kill('SIGKILL');
        throw error;
      }
    },
    stop: async () => {
      await stopProcess(running.process);
      await database.drop();
    },
  };
  try {
    await waitForHealth(baseUrl, running.process, () => output);
  } catch (error) {
    running.process.kill('SIGKILL');
    await database.drop();
    throw error;
  }
  return running;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`The API did not become healthy in 45 s:\n${output()}`);
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Runs the API to completion (for start-up failures) and returns its exit code and output. */
export function runApiToExit(env: Record<string, string>, timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    let output = '';
    const child = spawn(process.execPath, [API_MAIN], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}
