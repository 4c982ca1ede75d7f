import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The interop corpus is read in place, never copied: its Moodle parts are GPL. TUNAS_CORPUS_DIR wins, then
 * ../shared/corpus beside the repository, then /work/shared/corpus.
 */
function findCorpus(): string {
  const candidates = [process.env['TUNAS_CORPUS_DIR'], resolve(__dirname, '../../../../shared/corpus'), '/work/shared/corpus'].filter((dir): dir is string => !!dir);
  const found = candidates.find((dir) => existsSync(join(dir, 'moodle-gift')));
  if (!found) throw new Error(`Interop corpus not found (looked in ${candidates.join(', ')}); set TUNAS_CORPUS_DIR to the folder holding moodle-gift/, moodle-aiken/ and moodle-xml/`);
  return found;
}

export const CORPUS_DIR = findCorpus();

export function readCorpus(...path: string[]): string {
  return readFileSync(join(CORPUS_DIR, ...path), 'utf8');
}

/** Cases that cannot pass yet, each with the reason; they run as `it.failing` so the suite stays green and honest. */
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  'GIFT export test_export_match': 'our matching prompts carry no text format of their own, so [moodle]/[plain]/[markdown] prefixes per subquestion cannot be written back',
  'GIFT export test_export_multichoice': 'our choices carry no text format of their own, so the [html] feedback and [plain] answer prefixes cannot be written back',
  'GIFT export test_export_shortanswer_with_general_feedback': 'our general feedback shares the question text format, so its own [html] prefix cannot be written back',
  'GIFT export test_export_truefalse': 'our true/false feedback carries no text format of its own, so the [html] prefix cannot be written back',
};

/** One corpus case: a known failure runs inverted and is counted as failed by report.mjs. */
export function conformanceCase(title: string, run: () => void): void {
  const reason = KNOWN_FAILURES[title];
  if (reason) it.failing(`[known failure] ${title} (${reason})`, run);
  else it(title, run);
}
