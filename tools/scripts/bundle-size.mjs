// Prints what a first visit downloads: the scripts and styles index.html loads (module preloads included),
// raw and gzipped. `--json` for machines. Run after `nx build portal`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = resolve(import.meta.dirname, '../../dist/apps/portal/browser');
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entry = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
// Static imports load before the first paint too; dynamic import("…") chunks are lazy and left out.
const files = new Set(entry);
for (const file of files) {
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(join(dir, file), 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) files.add(match[1]);
}
const sizes = [...files].map((file) => {
  const bytes = readFileSync(join(dir, file));
  return { file, kind: file.endsWith('.css') ? 'css' : 'js', raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const total = (kind) => sizes.filter((size) => size.kind === kind).reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
const report = { files: sizes, js: total('js'), css: total('css') };
if (process.argv.includes('--json')) console.log(JSON.stringify(report));
else {
  for (const size of sizes) console.log(`${size.file.padEnd(32)} ${String(size.raw).padStart(8)} B  ${String(size.gzip).padStart(7)} B gz`);
  console.log(`initial JS ${(report.js.gzip / 1024).toFixed(1)} kB gz (${(report.js.raw / 1024).toFixed(1)} kB raw); CSS ${(report.css.gzip / 1024).toFixed(1)} kB gz`);
}
