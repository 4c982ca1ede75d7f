import { readFileSync } from 'node:fs';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { settleAnimations } from './browser';

declare global {
  interface Window {
    axe: { run(context: Document, options: object): Promise<AxeResults> };
  }
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.1 A/AA) on the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Pick<Result, 'id' | 'impact' | 'help' | 'nodes'>[]> {
  // Evaluated over the DevTools protocol: the portal's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  // Colours are only final once fades and transitions have run. An animation that is cancelled meanwhile (its
  // element left the page, such as a loading bar) rejects `finished`: that is an end too. Endless ones (an
  // indeterminate progress bar) never finish and are not waited for.
  await settleAnimations(page);
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 3) }));
}
