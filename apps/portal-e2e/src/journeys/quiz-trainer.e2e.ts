import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { baseUrl, openBrowser, screenshot, signIn, settleAnimations } from '../support/browser';

// A seed course the demo learner is not enrolled in, so other journeys' progress figures stay as they were.
const COURSE_TITLE = 'Teknik Fasilitasi Partisipatif';
const BANK_NAME = 'Bank latihan pengadaan';
const QUIZ_TITLE = 'Kuis latihan pengadaan';
const PHONE = { width: 360, height: 740 };

/** Four questions; the third has no opening brace, so the importer must reject it and name its line (8). */
const GIFT = [
  '// Latihan pengadaan barang/jasa pemerintah',
  '$CATEGORY: Pengadaan',
  '',
  '::Asas transparan::Pengadaan barang/jasa pemerintah wajib menerapkan prinsip transparan. {T}',
  '',
  '::Penanda tangan kontrak::Siapa yang menandatangani kontrak pengadaan? {=Pejabat Pembuat Komitmen ~Bendahara pengeluaran ~Kepala seksi umum}',
  '',
  '::Soal rusak::Dokumen yang memuat harga perkiraan sendiri disebut =HPS ~RAB }',
  '',
  '::Jumlah penawaran::Berapa penawaran paling sedikit agar tender dapat dilanjutkan? {#3}',
  '',
].join('\n');

async function picture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await settleAnimations(page);
  await screenshot(page, name);
}

const scrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

describe('quiz authoring: a trainer builds a bank, imports questions and adds a quiz to a course', () => {
  let bankId = '';
  let courseId = '';
  let workDir = '';

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'tunas-quiz-e2e-'));
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('creates a bank for a course and imports a GIFT file, valid questions only after the preview names the bad line', async () => {
    const trainer = await openBrowser();
    try {
      const { page } = trainer;
      page.on('pageerror', (error) => console.log('PAGE ERROR', error.message));
      page.on('console', (message) => message.type() === 'error' && console.log('CONSOLE', message.text()));
      await signIn(page, 'pelatih@tunas.test');
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kelola kuis' }).click();
      await page.getByRole('heading', { name: 'Kelola kuis', level: 1 }).waitFor();
      await page.getByTestId('quiz-course-list').getByText(COURSE_TITLE, { exact: true }).waitFor();

      await page.getByTestId('bank-name').fill(BANK_NAME);
      await page.getByTestId('bank-course').selectOption({ label: COURSE_TITLE });
      await page.getByTestId('bank-create').click();
      await page.waitForURL(/\/kelola-kuis\/bank\/[0-9a-f-]{36}$/);
      bankId = page.url().split('/').pop() ?? '';
      await page.getByRole('heading', { name: BANK_NAME, level: 1 }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByTestId('bank-import').click();
      await page.getByRole('heading', { name: 'Impor soal', level: 1 }).waitFor();
      const file = join(workDir, 'latihan-pengadaan.gift.txt');
      await writeFile(file, GIFT, 'utf8');
      await page.getByTestId('import-file').setInputFiles(file);
      await page.getByText('latihan-pengadaan.gift.txt sudah dibaca.').waitFor();
      await page.getByTestId('import-preview').click();

      await page.getByTestId('import-summary').getByText('3 soal dapat dibaca, 1 ditolak').waitFor();
      const rejected = page.getByTestId('import-rejected').getByRole('row').nth(1);
      expect(await rejected.getByRole('cell').first().textContent()).toBe('8');
      expect(await rejected.textContent()).toContain('Soal rusak');
      const questions = page.getByTestId('import-questions');
      for (const name of ['Asas transparan', 'Penanda tangan kontrak', 'Jumlah penawaran']) {
        await questions.getByRole('cell', { name, exact: true }).waitFor();
      }
      await questions.getByRole('cell', { name: 'Pengadaan', exact: true }).first().waitFor();
      expect(await page.getByTestId('import-all').isDisabled()).toBe(true);
      expect(await page.getByTestId('import-all').textContent()).toContain('tidak ada yang akan diimpor');
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'quiz-import-preview');

      await page.getByTestId('import-valid-only').click();
      await page.getByTestId('import-result').getByText('3 soal diimpor.').waitFor();
      await page.getByTestId('import-back-to-bank').click();
      await page.waitForURL(`${baseUrl()}/kelola-kuis/bank/${bankId}`);
      const list = page.getByTestId('question-list');
      for (const name of ['Asas transparan', 'Penanda tangan kontrak', 'Jumlah penawaran']) {
        await list.getByRole('link', { name, exact: true }).waitFor();
      }
      expect(await list.getByRole('link', { name: 'Soal rusak' }).count()).toBe(0);
      await page.getByTestId('category-tree').getByText('Pengadaan').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'quiz-bank');

      // The question editor previews the saved question and grades an answer given there.
      await list.getByRole('link', { name: 'Asas transparan', exact: true }).click();
      await page.getByTestId('question-preview').getByText('prinsip transparan').waitFor();
      await page.getByTestId('question-preview').getByRole('radio', { name: 'Benar' }).check();
      await page.getByTestId('preview-check').click();
      await page.getByTestId('preview-result').getByText('Nilai: 100%').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'quiz-question-editor');
    } finally {
      await trainer.close();
    }
  });

  it('adds a quiz with the imported questions to the course and publishes it', async () => {
    const trainer = await openBrowser();
    try {
      const { page } = trainer;
      await signIn(page, 'pelatih@tunas.test');
      await page.goto(`${baseUrl()}/ajar`);
      await page.getByTestId('authored-courses').getByRole('link', { name: COURSE_TITLE, exact: true }).click();
      await page.waitForURL(/\/ajar\/[0-9a-f-]{36}$/);
      courseId = page.url().split('/').pop() ?? '';

      await page.getByTestId('add-activity-0').click();
      await page.getByTestId('add-activity-type-quiz').click();
      await page.getByTestId('activity-title').fill(QUIZ_TITLE);
      await page.getByTestId('quiz-editor-bank').selectOption(bankId);
      const dialog = page.getByRole('dialog');
      for (const name of ['Asas transparan', 'Penanda tangan kontrak', 'Jumlah penawaran']) {
        await dialog.getByRole('checkbox', { name: new RegExp(name) }).check();
      }
      await page.getByTestId('quiz-editor-passing-grade').fill('60');
      await page.getByTestId('quiz-editor-time-limit').fill('15');
      await page.getByTestId('quiz-editor-problem').waitFor({ state: 'detached' });
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'quiz-activity-editor');
      await page.getByTestId('activity-save').click();
      await page.getByTestId('module-0').getByText(QUIZ_TITLE, { exact: true }).waitFor();

      await page.getByTestId('course-publish').click();
      await page.getByTestId('publish-confirm').click();
      await page.getByTestId('editor-status').getByText('Kursus diterbitkan.').waitFor();
    } finally {
      await trainer.close();
    }
  });

  it('shows the quiz in the course player with a link to its own pages', async () => {
    const learner = await openBrowser();
    try {
      const { page } = learner;
      await signIn(page, 'pimpinan@tunas.test');
      await page.goto(`${baseUrl()}/kursus/${courseId}`);
      await page.getByTestId('course-enrol').click();
      await page.waitForURL(new RegExp(`/belajar/${courseId}`));
      await page.getByRole('navigation', { name: 'Daftar isi kursus' }).getByRole('link', { name: new RegExp(QUIZ_TITLE) }).click();
      await page.getByRole('heading', { name: QUIZ_TITLE }).waitFor();
      const activityId = page.url().split('/').pop() ?? '';
      const facts = page.getByTestId('quiz-view-facts');
      expect(await facts.textContent()).toContain('60%');
      expect(await facts.textContent()).toContain('15 menit');
      expect(await page.getByTestId('quiz-open').getAttribute('href')).toBe(`/kuis/${courseId}/${activityId}`);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'quiz-activity-player');
    } finally {
      await learner.close();
    }
  });

  it("shows the course's gradebook, a quiz's statistics and the grading queue", async () => {
    const trainer = await openBrowser();
    try {
      const { page } = trainer;
      await signIn(page, 'pelatih@tunas.test');
      await page.goto(`${baseUrl()}/kelola-kuis`);
      await page.getByTestId('quiz-course-list').getByRole('link', { name: `Buku nilai : ${COURSE_TITLE}` }).click();
      await page.getByTestId('gradebook-table').getByRole('rowheader', { name: /Bambang Irawan/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'quiz-gradebook');

      await page.getByTestId('gradebook-quizzes').getByRole('link', { name: `Statistik ${QUIZ_TITLE}` }).click();
      await page.getByRole('heading', { name: `Statistik: ${QUIZ_TITLE}` }).waitFor();
      await page.getByTestId('stats-summary').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'quiz-statistics');

      await page.goto(`${baseUrl()}/kelola-kuis/penilaian/${courseId}`);
      await page.getByTestId('grading-empty').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await trainer.close();
    }
  });

  it('fits the quiz authoring screens on a 360 px phone', async () => {
    const trainer = await openBrowser(PHONE);
    try {
      const { page } = trainer;
      await signIn(page, 'pelatih@tunas.test');
      const visit = async (path: string, ready: string, name: string) => {
        await page.goto(`${baseUrl()}${path}`);
        await page.getByTestId(ready).first().waitFor();
        expect(await page.evaluate(scrollsSideways)).toBe(false);
        await picture(page, name);
      };
      await visit('/kelola-kuis', 'bank-list', 'quiz-banks-phone-360');
      await page.goto(`${baseUrl()}/kelola-kuis/bank/${bankId}`);
      await page.getByTestId('question-list').getByRole('link').first().waitFor();
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      await picture(page, 'quiz-bank-phone-360');
      await visit(`/kelola-kuis/bank/${bankId}/impor`, 'import-text', 'quiz-import-phone-360');
      await visit(`/kelola-kuis/nilai/${courseId}`, 'gradebook-csv', 'quiz-gradebook-phone-360');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await trainer.close();
    }
  });
});
