import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { createCourseWithModule } from '../support/authoring';
import { baseUrl, openBrowser, screenshot, signIn } from '../support/browser';

/**
 * The golf sample "Run-time Basic Calls" (SCORM 1.2): one SCO with fifteen pages behind its own Previous/Next
 * buttons, a bookmark in `cmi.core.lesson_location` (the page number) and a final test whose score it reports.
 * Read in place from the interop corpus: TUNAS_CORPUS_DIR wins, then ../shared/corpus, then /work/shared/corpus.
 */
const PACKAGE_FILE = 'RuntimeBasicCalls_SCORM12.zip';
const PACKAGE_TITLE = `Golf Explained ${Date.now().toString(36)}`;
const COURSE_TITLE = `Golf untuk Pelayan Publik ${Date.now().toString(36)}`;
const ACTIVITY_TITLE = 'Paket SCORM: Golf Explained';

function golfPackage(): string {
  const candidates = [process.env['TUNAS_CORPUS_DIR'], resolve(__dirname, '../../../../../shared/corpus'), '/work/shared/corpus'].filter((dir): dir is string => !!dir);
  const found = candidates.map((dir) => join(dir, 'scorm', 'packages', 'golf', PACKAGE_FILE)).find((path) => existsSync(path));
  if (!found) throw new Error(`SCORM golf package not found (looked in ${candidates.join(', ')}); set TUNAS_CORPUS_DIR`);
  return found;
}

async function picture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await screenshot(page, name);
}

/** The SCO's launch page (its navigation) inside the player's frame, and the content page inside that. */
function sco(page: Page): { nav: FrameLocator; content: FrameLocator } {
  const nav = page.frameLocator('[data-testid="scorm-frame"]');
  return { nav, content: nav.frameLocator('#contentFrame') };
}

/** The page the SCO shows in its content frame (the bookmark it keeps is this page's number). */
async function contentPage(page: Page): Promise<string> {
  const src = await page.evaluate(
    () => document.querySelector<HTMLIFrameElement>('[data-testid="scorm-frame"]')?.contentDocument?.querySelector<HTMLIFrameElement>('#contentFrame')?.src ?? '',
  );
  return src ? new URL(src).pathname.split('/').slice(-2).join('/') : '';
}

async function courseProgress(page: Page): Promise<number> {
  return Number(await page.getByTestId('course-progress').getAttribute('aria-valuenow'));
}

describe('SCORM: partner staff upload a package, a trainer puts it in a course, a learner plays, leaves, resumes and finishes', () => {
  let courseId = '';


  it('lets partner staff upload the golf package into the library and share it', async () => {
    const partner = await openBrowser();
    try {
      const { page } = partner;
      await signIn(page, 'mitra@tunas.test');
      await page.goto(`${baseUrl()}/pustaka`);
      await page.getByRole('heading', { level: 1, name: 'Pustaka materi' }).waitFor();
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('material-pick').click()]);
      await chooser.setFiles(golfPackage());
      const card = page.getByTestId('upload-item').filter({ hasText: PACKAGE_FILE });
      await card.getByTestId('upload-title').fill(PACKAGE_TITLE);
      await card.getByTestId('upload-start').click();
      await card.getByText('Selesai diunggah (100%).').waitFor({ timeout: 60_000 });
      await page.getByTestId('material-link').filter({ hasText: PACKAGE_TITLE }).click();
      await page.getByTestId('material-title').filter({ hasText: PACKAGE_TITLE }).waitFor();
      await page.getByText('SCORM 1.2').first().waitFor();
      await page.getByTestId('material-edit-shared').getByRole('switch').click();
      await page.getByTestId('material-save').click();
      await page.getByText('Perubahan disimpan.').waitFor();
      await picture(page, 'scorm-library-package');
    } finally {
      await partner.close();
    }
  }, 120_000);

  it('lets a trainer add the package to a new course as a SCORM activity and publish it', async () => {
    const trainer = await openBrowser();
    try {
      const { page } = trainer;
      await signIn(page, 'pelatih@tunas.test');
      courseId = await createCourseWithModule(page, {
        title: COURSE_TITLE,
        summary: 'Aturan, etika, dan cara menghitung skor golf: paket SCORM dari mitra universitas.',
        topic: 'Pemanfaatan TI',
        jp: 1,
        firstModule: 'Modul 1: Mengenal golf',
      });

      await page.getByTestId('add-activity-0').click();
      await page.getByTestId('add-activity-type-scorm').click();
      await page.getByTestId('activity-title').fill(ACTIVITY_TITLE);
      await page.getByTestId('scorm-editor-package').locator('option', { hasText: PACKAGE_TITLE }).waitFor({ state: 'attached' });
      await page.getByTestId('scorm-editor-package').selectOption({ label: `${PACKAGE_TITLE} (SCORM 1.2)` });
      await page.getByTestId('scorm-editor-item').waitFor();
      await page.getByTestId('scorm-editor-problem').waitFor({ state: 'detached' });
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'scorm-activity-editor');
      await page.getByTestId('activity-save').click();
      await page.getByTestId('module-0').getByText(ACTIVITY_TITLE, { exact: true }).waitFor();

      await page.getByTestId('course-publish').click();
      await page.getByTestId('publish-confirm').click();
      await page.getByTestId('editor-status').getByText('Kursus diterbitkan.').waitFor();
    } finally {
      await trainer.close();
    }
  }, 120_000);

  it('lets a learner play it in the frame, leave midway, resume at the saved page and finish with a score', async () => {
    const learner = await openBrowser();
    try {
      const { page } = learner;
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      // The SCO asks with confirm() whether to resume from its bookmark: yes.
      page.on('dialog', (dialog) => void dialog.accept());
      await signIn(page, 'pelajar@tunas.test');
      await page.goto(`${baseUrl()}/kursus/${courseId}`);
      await page.getByTestId('course-enrol').click();
      await page.waitForURL(new RegExp(`/belajar/${courseId}/[0-9a-f-]{36}$`));
      const activityUrl = page.url();

      await page.getByTestId('scorm-play').click();
      const { nav, content } = sco(page);
      await content.getByRole('heading', { name: 'Play of the game' }).waitFor();
      expect(await page.getByTestId('scorm-frame').getAttribute('title')).toContain('Golf Explained');
      for (let step = 0; step < 3; step++) await nav.locator('#butNext').click();
      await content.getByRole('heading', { name: /other scoring/i }).waitFor();
      expect(await contentPage(page)).toBe('Playing/OtherScoring.html');
      await picture(page, 'scorm-playing');

      // Leave midway: the SCO finishes its session as the frame goes, and the runtime data reaches the server.
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Beranda' }).click();
      await page.getByTestId('my-courses-in-progress').getByRole('link', { name: COURSE_TITLE, exact: true }).waitFor();

      await page.goto(activityUrl);
      await page.getByTestId('scorm-status').getByText('Belum selesai').waitFor();
      await page.getByTestId('scorm-play').getByText('Lanjutkan').waitFor();
      await page.getByTestId('scorm-play').click();
      await sco(page).content.locator('body').waitFor();
      await page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('[data-testid="scorm-frame"]')?.contentDocument?.querySelector<HTMLIFrameElement>('#contentFrame')?.src.includes('OtherScoring'));
      expect(await contentPage(page)).toBe('Playing/OtherScoring.html');
      await picture(page, 'scorm-resumed');

      // On to the last page, the test: answer every question right and submit.
      for (let step = 0; step < 11; step++) await sco(page).nav.locator('#butNext').click();
      const test = sco(page).content;
      await test.locator('input').first().waitFor();
      await page.waitForFunction(() => {
        const inner = document.querySelector<HTMLIFrameElement>('[data-testid="scorm-frame"]')?.contentDocument?.querySelector<HTMLIFrameElement>('#contentFrame');
        const test = (inner?.contentWindow as unknown as { test?: { Questions: unknown[] } } | null)?.test;
        return (test?.Questions.length ?? 0) > 0;
      });
      await page.evaluate(() => {
        const inner = document.querySelector<HTMLIFrameElement>('[data-testid="scorm-frame"]')!.contentDocument!.querySelector<HTMLIFrameElement>('#contentFrame')!;
        const frameWindow = inner.contentWindow as unknown as { test: { Questions: Array<{ Id: string; Type: string; Answers: string[] | null; CorrectAnswer: unknown }> } };
        const doc = inner.contentDocument!;
        for (const question of frameWindow.test.Questions) {
          if (question.Type === 'choice') {
            const index = question.Answers!.indexOf(String(question.CorrectAnswer));
            doc.getElementById(`question_${question.Id}_${index}`)!.click();
          } else if (question.Type === 'true-false') {
            doc.getElementById(`question_${question.Id}_${question.CorrectAnswer ? 'True' : 'False'}`)!.click();
          } else {
            (doc.getElementById(`question_${question.Id}_Text`) as HTMLInputElement).value = String(question.CorrectAnswer);
          }
        }
      });
      await picture(page, 'scorm-test-answered');
      await test.locator('input[type="button"], button').last().click();
      await test.getByText('Score: 100').waitFor();
      await sco(page).nav.locator('#butExit').click();

      await page.getByTestId('scorm-status').getByText('Lulus').waitFor({ timeout: 20_000 });
      await page.getByTestId('scorm-status').getByText('Nilai 100%').waitFor();
      await picture(page, 'scorm-finished');

      // The course page reflects it: the only activity is done, the course complete.
      await page.goto(activityUrl);
      await page.getByTestId('course-completed').waitFor({ timeout: 20_000 });
      expect(await courseProgress(page)).toBe(100);
      await page.getByTestId('scorm-status').getByText('Nilai 100%').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'scorm-course-completed');
      expect(problems).toEqual([]);
    } finally {
      await learner.close();
    }
  }, 180_000);
});
