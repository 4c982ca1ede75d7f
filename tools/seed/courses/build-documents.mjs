// Renders every tools/seed/courses/<slug>/files/*.html to a PDF of the same name with headless Chromium.
// Usage (from the repository root): node tools/seed/courses/build-documents.mjs
// Needs playwright-core (a dev dependency of the workspace) and a Chromium binary; set CHROMIUM_PATH if it is
// not at /usr/bin/chromium. The HTML files are self-contained (inline CSS, no network).
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const here = dirname(fileURLToPath(import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MAX_BYTES = 200 * 1024;

const sources = readdirSync(here)
  .map((slug) => join(here, slug, 'files'))
  .filter((dir) => existsSync(dir) && statSync(dir).isDirectory())
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f)));

if (sources.length === 0) {
  console.error('No HTML sources found under */files/.');
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

let failed = false;
try {
  const page = await browser.newPage();
  for (const src of sources) {
    const out = src.replace(/\.html$/, '.pdf');
    await page.setContent(readFileSync(src, 'utf8'), { waitUntil: 'load' });
    await page.pdf({ path: out, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const size = statSync(out).size;
    const ok = size <= MAX_BYTES;
    if (!ok) failed = true;
    console.log(`${ok ? 'ok ' : 'TOO BIG'} ${(size / 1024).toFixed(1).padStart(6)} kB  ${out.slice(here.length + 1)}`);
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
