// Type-checks every project with its own tsconfig files (application, library and spec code), strict mode,
// without emitting anything. Angular templates are checked by the portal build itself.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const configs = [];
for (const base of ['apps', 'libs']) walk(join(root, base), 0);

function walk(dir, depth) {
  if (depth > 3 || !existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name === 'src') continue;
    const project = join(dir, entry.name);
    for (const name of ['tsconfig.app.json', 'tsconfig.lib.json', 'tsconfig.spec.json']) {
      if (existsSync(join(project, name))) configs.push(join(project, name));
    }
    walk(project, depth + 1);
  }
}

let failed = 0;
const queue = [...configs];
const check = (config) =>
  new Promise((done) => {
    const child = spawn(process.execPath, [tsc, '--noEmit', '-p', config], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => {
      if (code !== 0) {
        failed += 1;
        console.error(`type errors in ${config.slice(root.length + 1)}`);
      }
      done();
    });
  });
const worker = async () => {
  while (queue.length) await check(queue.shift());
};
await Promise.all([worker(), worker()]);
console.log(`typecheck: ${configs.length - failed} of ${configs.length} projects clean`);
process.exit(failed ? 1 : 0);
