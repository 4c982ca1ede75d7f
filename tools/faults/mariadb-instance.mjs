// A MariaDB server of our own in a temporary directory, so the fault runs can stop and start it without
// touching the machine's shared server (other test suites use that one at the same time).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';

const BINARIES = { server: ['mariadbd', '/usr/sbin/mariadbd', 'mysqld', '/usr/sbin/mysqld'], installer: ['mariadb-install-db', 'mysql_install_db'] };

function which(candidates) {
  for (const name of candidates) {
    if (name.startsWith('/')) {
      if (spawnSync('test', ['-x', name]).status === 0) return name;
      continue;
    }
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  throw new Error(`None of ${candidates.join(', ')} is installed (apt-get install -y mariadb-server)`);
}

export class MariaDbInstance {
  /** @param {number} port */
  constructor(port) {
    this.port = port;
    this.directory = mkdtempSync(join(tmpdir(), 'tunas-faults-mariadb-'));
    this.dataDir = join(this.directory, 'data');
    this.server = which(BINARIES.server);
    this.process = null;
    this.log = '';
  }

  get adminUrl() {
    return `mysql://root@127.0.0.1:${this.port}`;
  }

  async initialise() {
    const installer = which(BINARIES.installer);
    const result = spawnSync(installer, ['--no-defaults', '--auth-root-authentication-method=normal', `--datadir=${this.dataDir}`, '--user=root'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${installer} failed:\n${result.stderr}`);
  }

  /** Starts the server and resolves once it accepts connections; the time it did so is `upSince`. */
  async start() {
    const args = [
      '--no-defaults',
      `--datadir=${this.dataDir}`,
      `--port=${this.port}`,
      `--socket=${join(this.directory, 'sock')}`,
      `--pid-file=${join(this.directory, 'mariadbd.pid')}`,
      '--bind-address=127.0.0.1',
      '--user=root',
      '--innodb-buffer-pool-size=128M',
      '--max-connections=300',
    ];
    const child = spawn(this.server, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk) => (this.log = (this.log + chunk.toString()).slice(-20_000)));
    this.process = child;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`mariadbd exited with ${child.exitCode}:\n${this.log.slice(-3000)}`);
      if (await this.accepts()) {
        this.upSince = performance.now();
        return;
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`mariadbd did not accept connections within 60 s:\n${this.log.slice(-3000)}`);
  }

  async accepts() {
    try {
      const connection = await mysql.createConnection({ uri: this.adminUrl, connectTimeout: 1000 });
      await connection.query('SELECT 1');
      await connection.end();
      return true;
    } catch {
      return false;
    }
  }

  /** SIGTERM is a clean shutdown, as `systemctl restart mariadb` does; SIGKILL a crash. Resolves when the process has gone. */
  async stop(signal = 'SIGTERM') {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timer);
    this.process = null;
  }

  async remove() {
    await this.stop();
    rmSync(this.directory, { recursive: true, force: true });
  }
}
