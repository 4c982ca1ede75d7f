#!/usr/bin/env node
// Runs the conformance suite and prints "GIFT: x/y cases, Aiken: x/y, Moodle XML: x/y"; a known failure counts
// as not passed; then the SCORM line (golf packages, edge cases, ADL DMI steps). With --write, the counts replace
// the blocks between the markers in this folder's README.md and in the repository's README.md.
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

// SCORM: golf and edge cases count tests; the DMI tests carry their step counts in their titles.
const scorm = { golf: { passed: 0, total: 0 }, edge: { passed: 0, total: 0 }, steps: { passed: 0, total: 0 }, launches: { passed: 0, total: 0 }, bare: '', apiDmb: { passed: 0, total: 0 } };
for (const suite of result.testResults) {
  for (const test of suite.assertionResults) {
    const group = test.ancestorTitles[0];
    const ok = test.status === 'passed';
    if (group === 'SCORM golf' || group === 'SCORM edge cases') {
      const bucket = group === 'SCORM golf' ? scorm.golf : scorm.edge;
      bucket.total += 1;
      if (ok) bucket.passed += 1;
    } else if (group === 'SCORM API and DMB') {
      const match = /: (\d+)\/(\d+) steps$/.exec(test.title);
      if (!match) continue;
      scorm.apiDmb.passed += Number(match[1]);
      scorm.apiDmb.total += Number(match[2]);
    } else if (group === 'SCORM DMI') {
      const match = /: (\d+)\/(\d+) steps$/.exec(test.title);
      if (!match) continue;
      if (test.title.includes('without the runtime guard')) {
        scorm.bare = `${match[1]}/${match[2]}`;
        continue;
      }
      scorm.steps.passed += Number(match[1]);
      scorm.steps.total += Number(match[2]);
      scorm.launches.total += 1;
      if (ok && match[1] === match[2]) scorm.launches.passed += 1;
    }
  }
}
const scormLine =
  `SCORM golf: ${scorm.golf.passed}/${scorm.golf.total} import + manifest match, edge cases: ${scorm.edge.passed}/${scorm.edge.total} handled as expected, ` +
  `ADL DMI steps: ${scorm.steps.passed}/${scorm.steps.total} (activity launches fully passing: ${scorm.launches.passed}/${scorm.launches.total}; scorm-again without the Tunas runtime guard: ${scorm.bare}), ADL API + DMB steps: ${scorm.apiDmb.passed}/${scorm.apiDmb.total}`;
console.log(scormLine);

if (process.argv.includes('--write')) {
  const readme = join(here, 'README.md');
  const text = readFileSync(readme, 'utf8')
    .replace(/<!-- counts -->[\s\S]*<!-- \/counts -->/, `<!-- counts -->\n${line}\n<!-- /counts -->`)
    .replace(/<!-- scorm-counts -->[\s\S]*<!-- \/scorm-counts -->/, `<!-- scorm-counts -->\n${scormLine}\n<!-- /scorm-counts -->`);
  writeFileSync(readme, text);
  const rootReadme = join(root, 'README.md');
  const rootText = readFileSync(rootReadme, 'utf8');
  writeFileSync(rootReadme, rootText.replace(/<!-- scorm-conformance -->[\s\S]*?<!-- \/scorm-conformance -->/, `<!-- scorm-conformance -->${scormLine}<!-- /scorm-conformance -->`));
}
