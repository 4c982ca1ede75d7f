import { DEMO_PASSWORD } from './graphql-client';
import { FuzzRandom } from './fuzz-random';
import { essay, multipleChoice, trueFalse } from './quiz-fixtures';

/**
 * Plausible values for one GraphQL leaf, chosen by the field's name and the input holding it: real ids of the
 * right kind of object, e-mails, CSV and question files, activity content, answers. fuzz-hostile-values.ts
 * has what an attacker sends instead.
 */

export const OBJECT_KINDS = ['course', 'module', 'activity', 'bank', 'category', 'question', 'attempt', 'enrolment', 'user', 'orgUnit', 'institution', 'topic'] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

/** Ids of real objects, collected before the run and sorted by a stable label, so case n picks the same kind of object on every run. */
export interface RealObjects {
  ids: Readonly<Record<ObjectKind, readonly string[]>>;
  /** The demo actors: never the target of mutations that would lock the fuzzing sessions out. */
  demoUserIds: readonly string[];
  activationTokens: readonly string[];
  emails: readonly string[];
  nips: readonly string[];
  /** Activities with their course, for inputs that name both (a quiz reference, a progress record). */
  activityRefs: ReadonlyArray<{
    courseId: string;
    activityId: string;
    type: string;
  }>;
  activityTypes: readonly string[];
  questionTypes: readonly string[];
}

/** What the caller generates for: the leaf's name and the names around it, to choose a plausible value. */
export interface LeafContext {
  random: FuzzRandom;
  real: RealObjects;
  /** The argument or input field name. */
  name: string;
  /** The input type (or root field) holding it, e.g. UpdateModuleInput or removeActivity. */
  holder: string;
  /** Mutations that change people may not aim at the demo actors. */
  sparesDemoUsers: boolean;
  /** True once per case: whether this value may be huge (so one request never nests huge things in huge lists). */
  mayBeHuge(): boolean;
}

export function validId(context: LeafContext): string {
  const { random, real } = context;
  const kind = idKind(context.name, context.holder);
  let pool = kind ? real.ids[kind] : [];
  if (kind === 'user' && context.sparesDemoUsers) pool = pool.filter((id) => !real.demoUserIds.includes(id));
  return pool.length && random.chance(0.8) ? random.pick(pool) : random.uuid();
}

/** Which kind of object an ID argument names: by its own name, else by the input type or field holding it. */
export function idKind(name: string, holder: string): ObjectKind | null {
  const ownName = name.replace(/Ids?$/i, '');
  if (ownName === 'supervisor') return 'user';
  if (ownName && ownName !== 'parent') return matchKind(ownName);
  return matchKind(holder);
}

const KIND_PATTERNS: ReadonlyArray<[RegExp, ObjectKind]> = [
  [/activity/i, 'activity'],
  [/module/i, 'module'],
  [/category/i, 'category'],
  [/bank/i, 'bank'],
  [/question/i, 'question'],
  [/attempt/i, 'attempt'],
  [/orgunit/i, 'orgUnit'],
  [/institution/i, 'institution'],
  [/enrolment/i, 'enrolment'],
  [/user/i, 'user'],
  [/course/i, 'course'],
  [/topic/i, 'topic'],
];

function matchKind(text: string): ObjectKind | null {
  return KIND_PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

export function validString(context: LeafContext): string {
  const { random, real, name, holder } = context;
  const tag = random.hex(6);
  switch (name) {
    case 'email':
      return random.chance(0.2) && real.emails.length ? random.pick(real.emails) : `fuzz.${tag}@tunas.test`;
    case 'identifier':
      return random.pick([...real.emails, ...real.nips, `fuzz.${tag}@tunas.test`]);
    case 'password':
      return holder === 'LoginInput' && random.chance(0.3) ? DEMO_PASSWORD : `Fuzz#2026-${tag}`;
    case 'currentPassword':
      return `bukan-${tag}`;
    case 'newPassword':
      return `Fuzz#2026-${tag}`;
    case 'token':
      return real.activationTokens.length && random.chance(0.3) ? random.pick(real.activationTokens) : random.hex(43);
    case 'refreshToken':
      return random.hex(64);
    case 'nip':
      return `19${random.int(10_000_000, 99_999_999)}${random.int(10_000_000, 99_999_999)}`;
    case 'code':
      return `FZ-${tag.toUpperCase()}`;
    case 'idempotencyKey':
      return random.uuid();
    case 'language':
      return random.pick(['id', 'en']);
    case 'coverImageUrl':
      return random.pick(['https://example.org/sampul.png', '/files/seed/sampul.png']);
    case 'csv':
      return holder === 'ImportUsersInput' ? importUsersCsv(random) : `nip\n${real.nips.slice(0, random.int(0, real.nips.length)).join('\n')}\n`;
    case 'content':
      return questionFile(random);
    case 'type':
      return random.pick(holder.includes('Activity') ? real.activityTypes : real.questionTypes);
    default:
      return random.pick(['Kursus dasar pelayanan publik', 'Modul 1', 'Uji fuzz', 'Kelurahan Petuk Barunai', `Nama ${tag}`, 'a']);
  }
}

export function validInt(random: FuzzRandom, name: string): number {
  switch (name) {
    case 'version':
    case 'courseVersion':
      return random.int(1, 3);
    case 'jpHours':
    case 'jpMin':
    case 'jpMax':
      return random.int(1, 40);
    case 'limit':
      return random.int(1, 50);
    case 'slot':
      return random.int(1, 5);
    default:
      return random.int(0, 20);
  }
}

export function validFloat(random: FuzzRandom): number {
  return random.pick([0, 0.5, 1, 2, 10]);
}

/** Plausible JSON for the JSON arguments: activity content and progress state, question config, answers. */
export function validJson(context: LeafContext): unknown {
  const { random, real, name } = context;
  const tag = random.hex(4);
  switch (name) {
    case 'config':
      return random.pick([multipleChoice(`Soal ${tag}`, 'Benar', ['Salah']), trueFalse(`Soal ${tag}`, true), essay(`Soal ${tag}`)]).config;
    case 'response':
      return random.pick([{ choiceIds: ['a1'] }, { value: true }, { text: 'jawaban' }, { matches: { a1: 'b1' } }, { order: ['a1', 'a2'] }, {}]);
    case 'state':
      return random.pick([{ viewed: true }, { visited: true }, { opened: true }, { watched: [[0, 10]], durationSeconds: 100, positionSeconds: 10 }, {}]);
    default: {
      const bankId = real.ids.bank.length ? random.pick(real.ids.bank) : random.uuid();
      const questionId = real.ids.question.length ? random.pick(real.ids.question) : random.uuid();
      return random.pick([
        { markdown: `Halaman ${tag}` },
        { url: 'https://example.org/video.mp4', completionThreshold: 0.9 },
        {
          url: '/files/seed/dokumen.pdf',
          fileName: 'dokumen.pdf',
          mimeType: 'application/pdf',
        },
        { url: 'https://example.org' },
        {
          bankId,
          slots: [{ kind: 'fixed', questionId }],
          shuffleAnswers: true,
          questionsPerPage: 0,
          passingGrade: 70,
        },
      ]);
    }
  }
}

function importUsersCsv(random: FuzzRandom): string {
  const rows = Array.from({ length: random.int(0, 3) }, () => {
    const tag = random.hex(6);
    return `19${random.int(10_000_000, 99_999_999)}${random.int(10_000_000, 99_999_999)},Peserta ${tag},fuzz.${tag}@tunas.test,PKY-RKP-PTB,PNS`;
  });
  return ['nip,nama,email,unit_kerja,jenis_asn', ...rows].join('\n');
}

function questionFile(random: FuzzRandom): string {
  return random.pick([
    '::Soal 1:: Ibu kota Kalimantan Tengah? {=Palangka Raya ~Banjarmasin ~Sampit}\n',
    'Ibu kota Kalimantan Tengah?\nA. Palangka Raya\nB. Banjarmasin\nANSWER: A\n',
    '<?xml version="1.0"?><quiz><question type="truefalse"><name><text>S</text></name><questiontext><text>Benar?</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>',
    // entity expansion, kept small: a parser that expands entities must still answer
    '<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><quiz><question type="essay"><name><text>&d;</text></name><questiontext><text>&d;</text></questiontext></question></quiz>',
    '::x:: {'.repeat(2_000),
    '',
  ]);
}
