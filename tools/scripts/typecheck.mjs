// Type-checks all code, specs included, in two programs: the server side (API, shared, plugins' common and
// api parts, API end-to-end tests) and the portal side (Angular app, libraries, browser tests), each with the
// module resolution its build uses. Angular templates are checked by the portal build itself.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const programs = ['tools/typecheck/tsconfig.server.json', 'tools/typecheck/tsconfig.portal.json'];

const results = await Promise.all(
  programs.map(
    (config) =>
      new Promise((done) => {
        const child = spawn(process.execPath, [tsc, '-p', config], { cwd: root, stdio: 'inherit' });
        child.on('exit', (code) => done({ config, ok: code === 0 }));
      }),
  ),
);
for (const { config, ok } of results) console.log(`typecheck ${ok ? 'clean' : 'FAILED'}: ${config}`);
process.exit(results.every(({ ok }) => ok) ? 0 : 1);
