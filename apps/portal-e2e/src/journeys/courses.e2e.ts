import type { Page } from 'playwright-core';
import { createCourseWithModule } from '../support/authoring';
import { seriousViolations } from '../support/axe';
import { baseUrl, openBrowser, screenshot, signIn, settleAnimations } from '../support/browser';

const COURSE_TITLE = 'Arsip Digital di Kelurahan';
const VIDEO_URL = '/files/seed/demo/video-siklus-proyek.webm';
const CAPTIONS_URL = '/files/seed/demo/video-siklus-proyek.vtt';
const PHONE = { width: 360, height: 740 };

/** Screenshots with nothing focused and the page at its top, so a full-page capture shows the page as it loads. */
async function picture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await settleAnimations(page);
  await screenshot(page, name);
}

const scrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

async function courseProgress(page: Page): Promise<number> {
  return Number(await page.getByTestId('course-progress').getAttribute('aria-valuenow'));
}

/** Plays the video muted at four times the speed (the browser's own playback, so only real playing counts). */
async function playFast(page: Page): Promise<void> {
  await page.getByTestId('video-player').evaluate(async (video: HTMLVideoElement) => {
    video.muted = true;
    video.playbackRate = 4;
    await video.play();
  });
}

async function watchedPercent(page: Page): Promise<number> {
  const text = (await page.getByTestId('video-watched').textContent()) ?? '';
  return Number(/(\d+)%/.exec(text)?.[1] ?? 0);
}

/** Progress writes kept in this browser's IndexedDB outbox, for everyone. */
function pendingOnDevice(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('tunas-outbox');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction('progress', 'readonly').objectStore('progress').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((wait) => setTimeout(wait, 200));
  }
}

describe('courses: a trainer publishes, a learner studies', () => {
  let courseId = '';
  let pageActivityId = '';
  let videoActivityId = '';

  it('lets a trainer create a course with a page and a video, preview it and publish it', async () => {
    const trainer = await openBrowser();
    try {
      const { page } = trainer;
      await signIn(page, 'pelatih@tunas.test');
      courseId = await createCourseWithModule(page, {
        title: COURSE_TITLE,
        summary: 'Menata, memindai, dan menyimpan arsip layanan kelurahan agar mudah ditemukan kembali.',
        topic: 'Pemanfaatan TI',
        jp: 2,
        firstModule: 'Modul 1: Arsip digital',
      });

      await page.getByTestId('add-activity-0').click();
      await page.getByTestId('add-activity-type-page').click();
      await page.getByTestId('activity-title').fill('Mengapa arsip digital');
      await page.getByTestId('page-editor-markdown').fill('## Arsip yang tertata\n\nArsip yang tertata memudahkan **layanan warga**.\n\n- Pindai\n- Beri nama\n- Simpan');
      await page.getByTestId('activity-save').click();
      await page.getByTestId('module-0').getByText('Mengapa arsip digital', { exact: true }).waitFor();

      await page.getByTestId('add-activity-0').click();
      await page.getByTestId('add-activity-type-video').click();
      await page.getByTestId('activity-title').fill('Video: siklus proyek');
      await page.getByTestId('video-editor-url').fill(VIDEO_URL);
      await page.getByTestId('video-editor-threshold').fill('80');
      await page.getByTestId('video-editor-duration').fill('24');
      await page.getByTestId('video-editor-captions').fill(CAPTIONS_URL);
      await page.getByTestId('activity-save').click();
      await page.getByTestId('module-0').getByText('Video: siklus proyek', { exact: true }).waitFor();
      await picture(page, 'course-editor');

      // The preview shows the draft with the learner's player, recording nothing.
      await page.getByTestId('course-preview').click();
      await page.getByTestId('preview-banner').waitFor();
      await page.getByRole('heading', { name: 'Arsip yang tertata' }).waitFor();
      expect(await page.getByTestId('save-status').count()).toBe(0);
      await page.getByRole('link', { name: 'Kembali ke penyuntingan' }).first().click();

      await page.getByTestId('course-publish').click();
      await page.getByRole('dialog').getByText('dibekukan sebagai versi baru').waitFor();
      await page.getByTestId('publish-confirm').click();
      await page.getByTestId('editor-status').getByText('Kursus diterbitkan.').waitFor();
      expect((await page.getByTestId('course-status').textContent())?.trim()).toBe('Terbit');
    } finally {
      await trainer.close();
    }
  });

  it('lets a learner find it, enrol, study, leave, come back where they were, and finish', async () => {
    const learner = await openBrowser();
    try {
      const { page } = learner;
      await signIn(page, 'pelajar@tunas.test');
      // Other journeys may have credited this learner with JP already: the course must add its own 2 JP.
      const ring = page.getByTestId('jp-this-year');
      await ring.waitFor();
      const jpBefore = Number(/^(\d+)/.exec((await ring.getAttribute('aria-label')) ?? '')?.[1] ?? NaN);
      expect(Number.isNaN(jpBefore)).toBe(false);
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Katalog' }).click();
      await page.getByTestId('catalogue-search').fill('arsip digital');
      await page.getByTestId('catalogue-results').getByRole('link', { name: COURSE_TITLE, exact: true }).waitFor();
      await page.getByTestId('catalogue-count').getByText('1 kursus ditemukan').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'catalogue');

      await page.getByTestId('catalogue-results').getByRole('link', { name: COURSE_TITLE, exact: true }).click();
      await page.getByTestId('course-enrol').waitFor();
      await picture(page, 'course-detail');
      await page.getByTestId('course-enrol').click();

      // Enrolling opens the player at the first activity: the page, read as soon as it opens.
      await page.waitForURL(new RegExp(`/belajar/${courseId}/[0-9a-f-]{36}$`));
      pageActivityId = page.url().split('/').pop() ?? '';
      await page.getByRole('heading', { name: 'Arsip yang tertata' }).waitFor();
      await page.getByTestId('save-status').getByText('Tersimpan di server').waitFor();
      expect(await courseProgress(page)).toBe(50);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'player-page');

      // The video: a part is watched, then the learner leaves for the home page mid-play.
      await page.getByTestId('player-next').click();
      await page.getByTestId('video-player').waitFor();
      videoActivityId = page.url().split('/').pop() ?? '';
      await page.getByTestId('video-player').evaluate((video: HTMLVideoElement) => video.readyState >= 1 || new Promise((loaded) => video.addEventListener('loadedmetadata', loaded, { once: true })));
      await playFast(page);
      await waitFor(async () => (await watchedPercent(page)) >= 25, 'a quarter of the video to play');
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Beranda' }).click();
      const inProgress = page.getByTestId('my-courses-in-progress');
      await inProgress.getByRole('link', { name: COURSE_TITLE, exact: true }).waitFor();
      expect(await inProgress.getByRole('progressbar', { name: `Progres ${COURSE_TITLE}` }).getAttribute('aria-valuenow')).toBe('50');

      // "Lanjutkan" brings the learner back to the video, at the point where they left it.
      await inProgress.getByRole('link', { name: new RegExp(`^Lanjutkan.*${COURSE_TITLE}`) }).click();
      await page.waitForURL(`${baseUrl()}/belajar/${courseId}/${videoActivityId}`);
      await page.getByTestId('video-player').waitFor();
      await waitFor(
        () => page.getByTestId('video-player').evaluate((video: HTMLVideoElement) => video.currentTime > 4),
        'the video to resume where the learner left it',
      );
      expect(await watchedPercent(page)).toBeGreaterThanOrEqual(25);
      expect(await page.getByTestId(`outline-${pageActivityId}`).textContent()).toContain('(selesai)');

      await playFast(page);
      await page.getByTestId('course-completed').waitFor({ timeout: 30_000 });
      expect(await courseProgress(page)).toBe(100);
      await page.getByTestId('save-status').getByText('Tersimpan di server').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'player-video');

      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Beranda' }).click();
      await page.getByTestId('my-courses-completed').getByRole('link', { name: COURSE_TITLE, exact: true }).waitFor();
      await page.getByTestId('jp-this-year').and(page.locator(`[aria-label="${jpBefore + 2} dari 20 JP"]`)).waitFor();
      await picture(page, 'dashboard');
    } finally {
      await learner.close();
    }
  });

  it('keeps progress made offline on the device, sends it when the connection is back, and removes it at sign-out', async () => {
    const learner = await openBrowser();
    try {
      const { page, context } = learner;
      await signIn(page, 'pimpinan@tunas.test');
      await page.goto(`${baseUrl()}/kursus/${courseId}`);
      await page.getByTestId('course-enrol').click();
      await page.getByTestId('save-status').getByText('Tersimpan di server').waitFor();
      await page.getByTestId('player-next').click();
      await page.getByTestId('video-player').waitFor();
      await page.getByTestId('video-player').evaluate((video: HTMLVideoElement) => video.readyState >= 3 || new Promise((ready) => video.addEventListener('canplaythrough', ready, { once: true })));

      await context.setOffline(true);
      await playFast(page);
      await waitFor(async () => (await watchedPercent(page)) >= 20, 'a fifth of the video to play offline');
      await page.getByTestId('video-player').evaluate((video: HTMLVideoElement) => video.pause());
      await page.getByTestId('save-status').getByText('Tersimpan di perangkat').waitFor();

      await context.setOffline(false);
      await page.getByTestId('save-status').getByText('Tersimpan di server').waitFor({ timeout: 30_000 });
      expect(await pendingOnDevice(page)).toBe(0);

      // Progress still waiting when the learner signs out is removed from the shared device.
      await context.setOffline(true);
      await playFast(page);
      await waitFor(async () => (await watchedPercent(page)) >= 40, 'more of the video to play offline');
      await page.getByTestId('video-player').evaluate((video: HTMLVideoElement) => video.pause());
      await page.getByTestId('save-status').getByText('Tersimpan di perangkat').waitFor();
      expect(await pendingOnDevice(page)).toBe(1);
      await page.getByTestId('account-menu').click();
      await page.getByTestId('logout').click();
      await page.waitForURL(`${baseUrl()}/masuk`);
      expect(await pendingOnDevice(page)).toBe(0);
      await context.setOffline(false);
    } finally {
      await learner.close();
    }
  });

  it('lets an admin enrol people from a CSV on the course page, naming every bad line', async () => {
    const admin = await openBrowser();
    try {
      const { page } = admin;
      await signIn(page, 'admin@tunas.test');
      await page.goto(`${baseUrl()}/kursus/${courseId}`);
      const panel = page.getByTestId('enrol-csv');
      await panel.getByRole('heading', { name: 'Daftarkan peserta' }).waitFor();
      // The learner enrolled themself above; the trainer is new; 12345 is no NIP.
      await page.getByTestId('enrol-csv-text').fill(['nip', '199003152015032001', '12345', '198207102008011003'].join('\n'));
      await page.getByTestId('enrol-csv-run').click();

      await page.getByTestId('enrol-csv-report').getByText('1 terdaftar, 1 sudah terdaftar sebelumnya, 1 baris bermasalah.').waitFor();
      expect(await panel.getByRole('row').nth(1).textContent()).toContain('3');
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'course-detail-enrol-csv');
    } finally {
      await admin.close();
    }
  });

  it('keeps learners out of authoring', async () => {
    const learner = await openBrowser();
    try {
      const { page } = learner;
      await signIn(page, 'pelajar@tunas.test');
      expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Ajar', exact: true }).count()).toBe(0);

      await page.goto(`${baseUrl()}/ajar`);
      await page.waitForURL(`${baseUrl()}/`);
      await page.getByTestId('home-learner').waitFor();
    } finally {
      await learner.close();
    }
  });

  it('fits the course screens on a 360 px phone', async () => {
    const learner = await openBrowser(PHONE);
    try {
      const { page } = learner;
      await signIn(page, 'pelajar@tunas.test');
      const visit = async (path: string, ready: string, name: string) => {
        await page.goto(`${baseUrl()}${path}`);
        await page.getByTestId(ready).first().waitFor();
        expect(await page.evaluate(scrollsSideways)).toBe(false);
        await picture(page, name);
      };
      await visit('/kursus', 'catalogue-results', 'catalogue-phone-360');
      await visit(`/kursus/${courseId}`, 'course-continue', 'course-detail-phone-360');
      await visit(`/belajar/${courseId}/${pageActivityId}`, 'page-view-body', 'player-page-phone-360');
      await visit(`/belajar/${courseId}/${videoActivityId}`, 'video-player', 'player-video-phone-360');
      await visit('/', 'my-courses-completed', 'dashboard-phone-360');

      await page.goto(`${baseUrl()}/belajar/${courseId}/${pageActivityId}`);
      await page.getByRole('button', { name: 'Daftar isi' }).click();
      await page.getByRole('navigation', { name: 'Daftar isi kursus' }).getByRole('link', { name: /Video: siklus proyek/ }).click();
      await page.waitForURL(`${baseUrl()}/belajar/${courseId}/${videoActivityId}`);
    } finally {
      await learner.close();
    }

    const trainer = await openBrowser(PHONE);
    try {
      await signIn(trainer.page, 'pelatih@tunas.test');
      await trainer.page.goto(`${baseUrl()}/ajar/${courseId}`);
      await trainer.page.getByTestId('module-0').waitFor();
      expect(await trainer.page.evaluate(scrollsSideways)).toBe(false);
      await picture(trainer.page, 'course-editor-phone-360');
    } finally {
      await trainer.close();
    }
  });
});
