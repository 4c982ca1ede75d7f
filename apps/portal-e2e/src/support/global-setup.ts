import { type ChildProcess, spawn } from 'node:child_process';
import './api-process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');
const apiMain = join(root, 'dist/apps/api/main.js');
const portalIndex = join(root, 'dist/apps/portal/browser/index.html');

/** Starts the built API in demo mode on a free port unless TUNAS_BASE_URL names a running one. */
export default async function globalSetup(): Promise<void> {
  if (process.env['TUNAS_BASE_URL']) {
    return;
  }
  for (const file of [apiMain, portalIndex]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: build first (npx nx run-many -t build -p api portal) or set TUNAS_BASE_URL`);
    }
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'tunas-e2e-data-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, TUNAS_MODE: 'demo' };
  delete env['DATABASE_URL'];
  const api = spawn(process.execPath, [apiMain], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const remember = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  api.stdout?.on('data', remember);
  api.stderr?.on('data', remember);
  globalThis.tunasApi = { process: api, dataDir };

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, api);
  } catch (error) {
    api.kill();
    throw new Error(`The API did not start: ${(error as Error).message}\n${output}`);
  }
  process.env['TUNAS_BASE_URL'] = baseUrl;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseUrl: string, api: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) {
      throw new Error(`exited with code ${api.exitCode}`);
    }
    if (await isHealthy(`${baseUrl}/health`)) {
      return;
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error('no healthy answer within 60 s');
}

/** A plain request without keep-alive, so no socket outlives the setup. */
function isHealthy(url: string): Promise<boolean> {
  return new Promise((answer) => {
    const request = get(url, { agent: false }, (response) => {
      response.resume();
      answer(response.statusCode === 200);
    });
    request.on('error', () => answer(false));
    request.setTimeout(2000, () => request.destroy());
  });
}
