#!/usr/bin/env node
// Runs the conformance suite and prints "GIFT: x/y cases, Aiken: x/y, Moodle XML: x/y"; a known failure counts
// as not passed. With --write, the counts replace the block between the markers in README.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const output = join(mkdtempSync(join(tmpdir(), 'conformance-')), 'result.json');
try {
  execFileSync('npx', ['jest', '-c', 'tools/conformance/jest.config.cts', '--json', `--outputFile=${output}`], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
} catch {
  // A failing case still writes the JSON; the counts below show it.
}
const result = JSON.parse(readFileSync(output, 'utf8'));
const corpora = ['GIFT', 'Aiken', 'Moodle XML'];
const counts = Object.fromEntries(corpora.map((name) => [name, { passed: 0, total: 0 }]));
for (const suite of result.testResults) {
  for (const test of suite.assertionResults) {
    const corpus = test.ancestorTitles[0];
    if (!counts[corpus]) continue;
    counts[corpus].total += 1;
    if (test.status === 'passed' && !test.title.startsWith('[known failure]')) counts[corpus].passed += 1;
  }
}
const line = corpora.map((name, index) => `${name}: ${counts[name].passed}/${counts[name].total}${index === 0 ? ' cases' : ''}`).join(', ');
console.log(line);
if (process.argv.includes('--write')) {
  const readme = join(here, 'README.md');
  const text = readFileSync(readme, 'utf8');
  writeFileSync(readme, text.replace(/<!-- counts -->[\s\S]*<!-- \/counts -->/, `<!-- counts -->\n${line}\n<!-- /counts -->`));
}
