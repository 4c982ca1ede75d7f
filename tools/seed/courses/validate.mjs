// Checks the seed courses: course.json shape, that every referenced file exists, page word counts and PDF sizes.
// Usage (from the repository root): node tools/seed/courses/validate.mjs
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TOPICS = ['MANAJEMEN_PROYEK', 'FASILITASI', 'PEMANFAATAN_TI'];
const COMPETENCIES = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'];
const LEVELS = ['DASAR', 'MENENGAH', 'LANJUT'];
const errors = [];
const fail = (slug, msg) => errors.push(`${slug}: ${msg}`);
const words = (text) => text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;

const slugs = readdirSync(here).filter((d) => existsSync(join(here, d, 'course.json')));
for (const slug of slugs) {
  const dir = join(here, slug);
  let c;
  try {
    c = JSON.parse(readFileSync(join(dir, 'course.json'), 'utf8'));
  } catch (e) {
    fail(slug, `course.json is not valid JSON: ${e.message}`);
    continue;
  }
  if (c.slug !== slug) fail(slug, `slug "${c.slug}" differs from folder name`);
  for (const k of ['title', 'summary']) if (typeof c[k] !== 'string' || !c[k].trim()) fail(slug, `missing ${k}`);
  if (!TOPICS.includes(c.topic)) fail(slug, `bad topic ${c.topic}`);
  if (!COMPETENCIES.includes(c.competencyType)) fail(slug, `bad competencyType ${c.competencyType}`);
  if (!LEVELS.includes(c.level)) fail(slug, `bad level ${c.level}`);
  if (c.language !== 'id') fail(slug, 'language must be "id"');
  if (!Number.isFinite(c.jpHours) || c.jpHours <= 0) fail(slug, 'bad jpHours');
  if (!Array.isArray(c.learningObjectives) || c.learningObjectives.length < 3 || c.learningObjectives.length > 5)
    fail(slug, 'learningObjectives must have 3–5 items');
  if (!Array.isArray(c.quizIdeas) || c.quizIdeas.length < 10) fail(slug, 'quizIdeas must have 10+ items');

  const kinds = new Set();
  let minutes = 0;
  let totalWords = 0;
  for (const [i, m] of (c.modules ?? []).entries()) {
    if (!m.title || !m.summary) fail(slug, `module ${i + 1} lacks title or summary`);
    if (!Array.isArray(m.activities) || m.activities.length < 2 || m.activities.length > 4)
      fail(slug, `module ${i + 1} must have 2–4 activities`);
    for (const a of m.activities ?? []) {
      kinds.add(a.type);
      if (!a.title) fail(slug, `activity without title in module ${i + 1}`);
      if (a.type === 'page') {
        const p = join(dir, a.file);
        if (!existsSync(p)) { fail(slug, `missing page ${a.file}`); continue; }
        if (!a.file.startsWith(`${i + 1}-`)) fail(slug, `page ${a.file} is not named after module ${i + 1}`);
        const n = words(readFileSync(p, 'utf8'));
        totalWords += n;
        if (n < 250 || n > 600) fail(slug, `${a.file} has ${n} words (expected 250–600)`);
        if (!/^## Rangkuman/m.test(readFileSync(p, 'utf8'))) fail(slug, `${a.file} lacks a "Rangkuman" section`);
        if (!Number.isFinite(a.estimatedMinutes) || a.estimatedMinutes <= 0) fail(slug, `${a.file} lacks estimatedMinutes`);
        minutes += a.estimatedMinutes ?? 0;
      } else if (a.type === 'document' || a.type === 'video') {
        const p = join(dir, a.file);
        if (!existsSync(p)) fail(slug, `missing file ${a.file}`);
        else if (a.type === 'document' && statSync(p).size > 200 * 1024) fail(slug, `${a.file} is over 200 kB`);
        if (a.type === 'document' && !existsSync(p.replace(/\.pdf$/, '.html'))) fail(slug, `no HTML source for ${a.file}`);
        if (!a.description) fail(slug, `${a.file} lacks description`);
      } else if (a.type === 'link') {
        if (!/^https:\/\/[^/]+\.go\.id(\/|$)/.test(a.url)) fail(slug, `link ${a.url} is not an https go.id address`);
        if (!a.description) fail(slug, `link ${a.url} lacks description`);
      } else {
        fail(slug, `unknown activity type ${a.type}`);
      }
    }
  }
  for (const k of ['page', 'document', 'link']) if (!kinds.has(k)) fail(slug, `no ${k} activity`);
  console.log(`${slug}: ${c.modules.length} modules, ${totalWords} words in pages, ${minutes} min of reading for ${c.jpHours} JP`);
}
if (slugs.length === 0) errors.push('no courses found');
if (errors.length) {
  console.error(errors.map((e) => `  ✗ ${e}`).join('\n'));
  process.exit(1);
}
console.log('all courses valid');
