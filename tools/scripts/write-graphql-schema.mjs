// Writes the API's GraphQL schema (code-first, so the code is the source) to
// libs/portal/data-access/schema.graphql, from which the portal's typed operations are generated.
// Boots the built API on a throwaway SQLite file and stops it once the file is written.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const target = join(root, 'libs/portal/data-access/schema.graphql');
const dataDir = mkdtempSync(join(tmpdir(), 'tunas-schema-'));
const before = safeMtime(target);
const api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', TUNAS_MODE: 'demo', GRAPHQL_SCHEMA_FILE: target, DATABASE_URL: '' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const deadline = Date.now() + 60_000;
const timer = setInterval(() => {
  if (safeMtime(target) > before) finish(0);
  else if (Date.now() > deadline) finish(1, 'timed out waiting for the schema file');
}, 200);
api.on('exit', (code) => finish(code === 0 ? 1 : code ?? 1, 'the API exited before writing the schema'));

function finish(code, message) {
  clearInterval(timer);
  api.removeAllListeners('exit');
  api.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  if (message) console.error(message);
  else console.log(`GraphQL schema written to ${target}`);
  process.exit(code);
}

function safeMtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
