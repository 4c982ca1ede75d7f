import { rm } from 'node:fs/promises';
import './api-process';

export default async function globalTeardown(): Promise<void> {
  const api = globalThis.tunasApi;
  if (!api) {
    return;
  }
  const exited = new Promise<void>((done) => api.process.once('exit', () => done()));
  api.process.kill('SIGTERM');
  await Promise.race([exited, new Promise((wait) => setTimeout(wait, 5000))]);
  if (api.process.exitCode === null) {
    api.process.kill('SIGKILL');
  }
  api.process.stdout?.destroy();
  api.process.stderr?.destroy();
  await rm(api.dataDir, { recursive: true, force: true });
}
