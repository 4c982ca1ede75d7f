import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { baseUrl, openBrowser, screenshot, signIn, settleAnimations } from '../support/browser';
import { graphql, tokenOf } from '../support/api';

const LEARNER = 'pelajar@tunas.test';
const TRAINER = 'pelatih@tunas.test';
const SMALL_PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 800 };

/** A one-page PDF, enough for the API's content check. */
const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

interface Activity {
  id: string;
  type: string;
  content: { durationSeconds?: number } | null;
}
interface Outline {
  modules: { title: string; activities: Activity[] }[];
}
interface SeedCourse {
  id: string;
  title: string;
  jpHours: number;
  outline: Outline;
  /** Every quiz of the course: other journeys may have added one to a seed course before this one runs. */
  quizIds: string[];
}

const outlineOf = (courseId: string, token: string) =>
  graphql<{ courseOutline: Outline }>(
    'query($courseId: ID!) { courseOutline(courseId: $courseId) { modules { title activities { id type content } } } }',
    { courseId },
    token,
  ).then((data) => data.courseOutline);

/**
 * A seed course with a final quiz that the learner has not started, so this journey leaves the courses other
 * journeys use as they were; enrols the learner in it.
 */
async function freshSeedCourse(token: string): Promise<SeedCourse> {
  const { courses } = await graphql<{ courses: { items: { id: string; title: string; jpHours: number }[] } }>(
    'query { courses(page: { limit: 50 }) { items { id title jpHours } } }',
    {},
    token,
  );
  const { myEnrolments } = await graphql<{ myEnrolments: { course: { id: string } }[] }>('{ myEnrolments { course { id } } }', {}, token);
  const enrolled = new Set(myEnrolments.map((enrolment) => enrolment.course.id));
  for (const course of [...courses.items.filter((item) => !enrolled.has(item.id)), ...courses.items.filter((item) => enrolled.has(item.id))]) {
    if (!enrolled.has(course.id)) {
      await graphql('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }', { id: course.id }, token);
    }
    const outline = await outlineOf(course.id, token);
    const quizzes = outline.modules.flatMap((module) => module.activities).filter((activity) => activity.type === 'quiz');
    if (quizzes.length) return { ...course, outline, quizIds: quizzes.map((quiz) => quiz.id) };
  }
  throw new Error('No seed course with a final quiz');
}

/** The state each built-in activity type counts as complete. */
function completeState(activity: Activity): unknown {
  switch (activity.type) {
    case 'page':
      return { viewed: true };
    case 'document':
      return { opened: true };
    case 'link':
      return { visited: true };
    case 'video': {
      const duration = activity.content?.durationSeconds ?? 600;
      return { watched: [[0, duration]], durationSeconds: duration, positionSeconds: duration };
    }
    default:
      return null;
  }
}

async function completeActivities(course: SeedCourse, token: string): Promise<void> {
  for (const activity of course.outline.modules.flatMap((module) => module.activities)) {
    const state = completeState(activity);
    if (state === null) continue;
    await graphql(
      'mutation($input: RecordProgressInput!) { recordActivityProgress(input: $input) { __typename } }',
      { input: { courseId: course.id, activityId: activity.id, idempotencyKey: randomUUID(), state } },
      token,
    );
  }
}

interface Slot {
  slot: number;
  type: string;
  html: string;
  view: { choices?: { id: string; text: string }[]; prompts?: { id: string; text: string }[]; answers?: { id: string; text: string }[]; items?: { id: string; text: string }[] };
}
interface AuthoredQuestion {
  text: string;
  type: string;
  config: Record<string, unknown>;
}

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

function idOfText(options: { id: string; text: string }[] | undefined, text: string): string {
  const option = options?.find((candidate) => plain(candidate.text) === plain(text));
  if (!option) throw new Error(`No option "${text}" in ${JSON.stringify(options)}`);
  return option.id;
}

/** The right response to a slot, from the question as its trainer sees it. */
function rightAnswer(slot: Slot, question: AuthoredQuestion): unknown {
  const config = question.config;
  switch (question.type) {
    case 'true-false':
      return { value: config['correct'] };
    case 'multiple-choice': {
      const choices = config['choices'] as { text: string; fraction: number }[];
      const right = config['single'] ? choices.filter((choice) => choice.fraction >= 1 - 1e-7).slice(0, 1) : choices.filter((choice) => choice.fraction > 0);
      return { choiceIds: right.map((choice) => idOfText(slot.view.choices, choice.text)) };
    }
    case 'matching': {
      const pairs = config['pairs'] as { prompt: string; answerId: string }[];
      const answers = config['answers'] as { id: string; text: string }[];
      const matches: Record<string, string> = {};
      for (const pair of pairs) {
        const answerText = answers.find((answer) => answer.id === pair.answerId)?.text ?? '';
        matches[idOfText(slot.view.prompts, pair.prompt)] = idOfText(slot.view.answers, answerText);
      }
      return { matches };
    }
    case 'ordering':
      return { order: (config['items'] as { text: string }[]).map((item) => idOfText(slot.view.items, item.text)) };
    case 'numerical': {
      const right = (config['answers'] as { value: number | null; fraction: number }[]).find((answer) => answer.value !== null && answer.fraction >= 1 - 1e-7);
      return { text: String(right?.value ?? '') };
    }
    case 'short-answer': {
      const right = (config['answers'] as { text: string; fraction: number }[]).find((answer) => answer.fraction >= 1 - 1e-7);
      return { text: (right?.text ?? '').replace(/\*/g, '') };
    }
    default:
      return null;
  }
}

/** Starts the final quiz and submits every slot's right answer, read by the course's trainer. */
async function passFinalQuiz(course: SeedCourse, quizId: string, learnerToken: string, trainerToken: string): Promise<void> {
  const { questionBanks } = await graphql<{ questionBanks: { id: string }[] }>('query($courseId: ID) { questionBanks(courseId: $courseId) { id } }', { courseId: course.id }, trainerToken);
  const questions: AuthoredQuestion[] = [];
  for (const bank of questionBanks) {
    const { questions: inBank } = await graphql<{ questions: AuthoredQuestion[] }>(
      'query($filter: QuestionFilter!) { questions(filter: $filter) { text type config } }',
      { filter: { bankId: bank.id } },
      trainerToken,
    );
    questions.push(...inBank);
  }
  const { startQuizAttempt } = await graphql<{ startQuizAttempt: { id?: string; slots?: Slot[]; message?: string } }>(
    'mutation($input: QuizRefInput!) { startQuizAttempt(input: $input) { ... on QuizAttempt { id slots { slot type html view } } ... on QuizUnavailable { message } } }',
    { input: { courseId: course.id, activityId: quizId } },
    learnerToken,
  );
  if (!startQuizAttempt.id || !startQuizAttempt.slots) throw new Error(`The quiz did not start: ${startQuizAttempt.message}`);
  const answers = startQuizAttempt.slots.flatMap((slot) => {
    const question = questions.find((candidate) => plain(candidate.text) === plain(slot.html));
    const response = question ? rightAnswer(slot, question) : null;
    return response === null ? [] : [{ slot: slot.slot, response, sequence: 1 }];
  });
  const { submitQuizAttempt } = await graphql<{ submitQuizAttempt: { passed: boolean | null; grade: number | null } }>(
    'mutation($input: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $input) { passed grade } }',
    { input: { attemptId: startQuizAttempt.id, answers } },
    learnerToken,
  );
  if (submitQuizAttempt.passed === false) throw new Error(`The final quiz was not passed (grade ${submitQuizAttempt.grade})`);
}

async function waitForCertificate(courseId: string, token: string): Promise<{ id: string; serial: string }> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const { myCertificates } = await graphql<{ myCertificates: { id: string; serial: string; courseId: string }[] }>('{ myCertificates { id serial courseId } }', {}, token);
    const certificate = myCertificates.find((candidate) => candidate.courseId === courseId);
    if (certificate) return certificate;
    await new Promise((wait) => setTimeout(wait, 300));
  }
  throw new Error('No certificate was issued for the completed course');
}

async function ringLabel(page: Page, testId = 'jp-progress-ring'): Promise<string> {
  const ring = page.getByTestId(testId);
  await ring.waitFor();
  return (await ring.getAttribute('aria-label')) ?? '';
}

async function picture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await settleAnimations(page);
  await screenshot(page, name);
}

const scrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;
const jpDone = (label: string) => Number(/^(\d+) dari (\d+) JP$/.exec(label)?.[1] ?? NaN);

describe('learning record: a learner completes a course, gets a certificate and claims other learning', () => {
  it('moves the JP ring, lists and downloads the certificate, and shows a new claim as pending', async () => {
    const learnerToken = await tokenOf(LEARNER);
    const trainerToken = await tokenOf(TRAINER);
    const course = await freshSeedCourse(learnerToken);
    const learner = await openBrowser(SMALL_PHONE);
    try {
      const { page } = learner;
      await signIn(page, LEARNER);
      await page.getByRole('link', { name: 'Catatan belajar' }).first().waitFor({ state: 'attached' });
      await page.goto(`${baseUrl()}/catatan-belajar`);
      await page.getByRole('heading', { level: 1, name: 'Catatan JP' }).waitFor();
      const before = jpDone(await ringLabel(page));
      expect(before).not.toBeNaN();

      await completeActivities(course, learnerToken);
      for (const quizId of course.quizIds) await passFinalQuiz(course, quizId, learnerToken, trainerToken);
      const certificate = await waitForCertificate(course.id, learnerToken);

      // The ring moves by the course's JP, and the course is among what counted.
      await page.reload();
      await page.getByRole('img', { name: `${before + course.jpHours} dari` }).waitFor();
      expect(jpDone(await ringLabel(page))).toBe(before + course.jpHours);
      await page.getByTestId('learning-entries').getByRole('heading', { name: course.title }).waitFor();
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'learning-record-phone');

      // The home dashboard shows the same ring.
      await page.goto(`${baseUrl()}/`);
      expect(jpDone(await ringLabel(page, 'jp-this-year'))).toBe(before + course.jpHours);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'learning-home-phone');

      // Sertifikat saya: the new certificate, its PDF and its public link.
      await page.goto(`${baseUrl()}/catatan-belajar/sertifikat`);
      const card = page.getByTestId(`certificate-${certificate.serial}`);
      await card.getByRole('heading', { name: course.title }).waitFor();
      await card.getByTestId('certificate-status').getByText('Berlaku').waitFor();
      expect(await card.getByTestId('certificate-verify-link').getAttribute('href')).toContain('/verify/');
      const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: `Unduh PDF sertifikat ${course.title}` }).click()]);
      expect(download.suggestedFilename()).toBe(`sertifikat-${certificate.serial.replace(/\//g, '-')}.pdf`);
      const pdf = await readFile((await download.path()) ?? '');
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const [credential] = await Promise.all([page.waitForEvent('download'), card.getByTestId('certificate-download-credential').click()]);
      expect(JSON.parse(await readFile((await credential.path()) ?? '', 'utf8'))).toBeTruthy();
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'learning-certificates-phone');

      // Ajukan pembelajaran lain: a wrong file is refused on the device; a small PDF goes through.
      await page.goto(`${baseUrl()}/catatan-belajar/ajukan`);
      await page.getByRole('heading', { level: 1, name: 'Ajukan pembelajaran lain' }).waitFor();
      const today = new Date().toISOString().slice(0, 10);
      await page.getByTestId('claim-title').fill('Pelatihan Penyusunan Renja Perangkat Daerah');
      await page.getByTestId('claim-provider').fill('BPSDM Provinsi Kalimantan Tengah');
      await page.getByTestId('claim-started').fill(today);
      await page.getByTestId('claim-ended').fill(today);
      await page.getByTestId('claim-jp').fill('6');
      await page.getByTestId('claim-evidence').setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan bukti') });
      await page.getByTestId('claim-evidence-error').getByText('Berkas harus PDF, JPG, atau PNG.').waitFor();
      await page.getByTestId('claim-evidence').setInputFiles({ name: 'sertifikat-renja.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF });
      expect(await page.getByTestId('claim-evidence-error').count()).toBe(0);
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'learning-claim-form-phone');
      await page.getByTestId('claim-submit').click();
      await page.waitForURL(`${baseUrl()}/catatan-belajar`);
      const claim = page.getByTestId('learning-claims').getByRole('listitem').filter({ hasText: 'Pelatihan Penyusunan Renja Perangkat Daerah' });
      await claim.getByTestId('claim-status').getByText('Menunggu').waitFor();
      // A pending claim does not count yet.
      expect(jpDone(await ringLabel(page))).toBe(before + course.jpHours);

      await page.setViewportSize(DESKTOP);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'learning-record-desktop');
      await page.goto(`${baseUrl()}/catatan-belajar/sertifikat`);
      await page.getByTestId(`certificate-${certificate.serial}`).waitFor();
      await picture(page, 'learning-certificates-desktop');
      await page.goto(`${baseUrl()}/catatan-belajar/ajukan`);
      await page.getByTestId('claim-form').waitFor();
      await picture(page, 'learning-claim-form-desktop');
    } finally {
      await learner.close();
    }
  }, 120_000);

  it('lets the learner join the unit leaderboard and leave it again', async () => {
    const learner = await openBrowser(SMALL_PHONE);
    try {
      const { page } = learner;
      await signIn(page, LEARNER);
      await page.goto(`${baseUrl()}/catatan-belajar`);
      const section = page.getByTestId('learning-leaderboard');
      const toggle = section.getByRole('switch', { name: 'Tampilkan saya di papan peringkat unit' });
      await toggle.waitFor();
      expect(await toggle.getAttribute('aria-checked')).toBe('false');
      expect(await section.getByTestId('leaderboard-entries').getByText('Dewi Lestari, S.E.').count()).toBe(0);

      await toggle.click();
      await section.getByTestId('leaderboard-entries').getByText('Dewi Lestari, S.E.').waitFor();
      expect(await toggle.getAttribute('aria-checked')).toBe('true');
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await section.scrollIntoViewIfNeeded();
      await picture(page, 'learning-leaderboard-phone');

      // Leaving is as easy as joining, and takes the name off at once.
      await toggle.click();
      await section.getByTestId('leaderboard-entries').getByText('Dewi Lestari, S.E.').waitFor({ state: 'detached' });
      expect(await toggle.getAttribute('aria-checked')).toBe('false');
    } finally {
      await learner.close();
    }
  }, 120_000);
});
