import type { ChildProcess } from 'node:child_process';

declare global {
  /** The API started by the global setup, for the teardown to stop (absent with TUNAS_BASE_URL). */
  var tunasApi: { process: ChildProcess; dataDir: string } | undefined;
}

export {};
