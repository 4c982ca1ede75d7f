#!/usr/bin/env node
// `npm audit --omit=dev` for CI: fails on any high or critical advisory in what production installs.
// When the registry's advisory endpoint cannot be reached (this workplace's registry mirror answers 405 to it),
// the check cannot run: it says so plainly and exits 0, unless AUDIT_STRICT=1, which turns that into a failure.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = {};
}

if (!report.metadata) {
  const reason = report.message ?? report.error?.summary ?? report.error?.code ?? ((run.stderr || '').trim().split('\n').pop() || 'no answer');
  const line = `npm audit: the advisory database could not be reached (${reason}); production dependencies NOT checked`;
  if (process.env.AUDIT_STRICT === '1') {
    console.error(line);
    process.exit(1);
  }
  console.warn(`${line}. Set AUDIT_STRICT=1 where the registry answers audits to make this fatal.`);
  process.exit(0);
}

const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
if (serious > 0) {
  for (const [name, finding] of Object.entries(report.vulnerabilities ?? {})) {
    if (finding.severity === 'high' || finding.severity === 'critical') console.error(`  ${finding.severity}: ${name} ${finding.range ?? ''}`);
  }
  process.exit(1);
}
