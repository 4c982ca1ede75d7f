import type { QuestionFormat } from '@tunas/shared/plugin-sdk';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_QUESTION_TYPES } from '../types';
import { aikenFormat, giftFormat, moodleXmlFormat } from './index';

// Files nobody on the team wrote will arrive: mangled copies of real ones must never crash a parser, and every
// question a parser does return must be valid for its type (the API stores nothing else).
const FIXTURES = join(__dirname, '../../../fixtures/gift-pegjs');
const gifts = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.gift'))
  .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
const AIKEN = 'Apa kepanjangan SPBE?\nA) Sistem Pemerintahan Berbasis Elektronik\nB) Sistem Pelayanan Berbasis Elektronik\nANSWER: A\n';
const XML = `<?xml version="1.0" encoding="UTF-8"?><quiz><question type="category"><category><text>$course$/top/Uji</text></category></question><question type="multichoice"><name><text>Q</text></name><questiontext format="html"><text><![CDATA[<p>Pilih</p>]]></text></questiontext><single>true</single><answer fraction="100"><text>Ya</text><feedback><text>Benar</text></feedback></answer><answer fraction="0"><text>Tidak</text></answer></question><question type="truefalse"><name><text>TF</text></name><questiontext><text>Benar?</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
const SPECIAL = ['{', '}', '=', '~', '#', ':', '\\', '%', '->', '\n', '\n\n', '<', '>', '&', '"', '::', '####', '$CATEGORY:', '[html]', '-1..', '\u0000', '😀', 'ANSWER:', 'A)'];

/** mulberry32: the same seed always gives the same cases, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(source: string, next: () => number): string {
  let text = source;
  const edits = 1 + Math.floor(next() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (text.length + 1));
    const kind = Math.floor(next() * 4);
    if (kind === 0) text = text.slice(0, at) + SPECIAL[Math.floor(next() * SPECIAL.length)] + text.slice(at);
    else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 8));
    else if (kind === 2) text = text.slice(0, at) + text.slice(Math.floor(next() * text.length), Math.floor(next() * text.length)) + text.slice(at);
    else text = text.slice(at) + text.slice(0, at);
  }
  return text;
}

const schemas = new Map(CORE_QUESTION_TYPES.map((type) => [type.id, type.configSchema]));

describe.each([
  ['GIFT', giftFormat, gifts, 2000],
  ['Aiken', aikenFormat, [AIKEN], 500],
  ['Moodle XML', moodleXmlFormat, [XML], 500],
] as Array<[string, QuestionFormat, string[], number]>)('%s parser on mangled files', (_name, format, sources, cases) => {
  it(`never throws and returns only valid questions (${cases} seeded cases)`, () => {
    const next = random(20261127);
    for (let i = 0; i < cases; i++) {
      const input = mutate(sources[i % sources.length], next);
      let result: ReturnType<QuestionFormat['parse']>;
      try {
        result = format.parse(input);
      } catch (error) {
        throw new Error(`case ${i} threw ${String(error)} on input ${JSON.stringify(input.slice(0, 300))}`);
      }
      for (const question of result.questions) {
        const schema = schemas.get(question.type);
        if (!schema?.safeParse(question.config).success) throw new Error(`case ${i} returned an invalid ${question.type} question at line ${question.line}: ${JSON.stringify(question.config).slice(0, 300)}`);
        expect(question.line).toBeGreaterThanOrEqual(1);
      }
      for (const problem of result.errors) {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        // The safety net turns a parser crash into this error: a crash is still a bug, so it fails here.
        if (problem.message.startsWith('The file could not be read')) throw new Error(`case ${i} crashed the parser: ${problem.message} on input ${JSON.stringify(input.slice(0, 300))}`);
      }
    }
  });
});
