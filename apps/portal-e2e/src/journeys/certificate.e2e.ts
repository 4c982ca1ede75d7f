import { readPdf } from '@tunas/shared/testing';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { baseUrl, openBrowser, screenshot, signIn, settleAnimations } from '../support/browser';
import { graphql, tokenOf } from '../support/api';

const LEARNER = 'pelajar@tunas.test';
const LEARNER_NAME = 'Dewi Lestari, S.E.';
const SUPERVISOR = 'pimpinan@tunas.test';
const TRAINER = 'pelatih@tunas.test';
const JP = 2;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/**
 * A published course of one short page that only this journey knows (its title is unique), so no other journey
 * completes it and the JP it adds are this journey's own.
 */
async function onePageCourse(title: string): Promise<string> {
  const token = await tokenOf(TRAINER);
  const { topics } = await graphql<{ topics: { id: string }[] }>('{ topics { id } }', {}, token);
  const { createCourse } = await graphql<{ createCourse: { id: string } }>(
    'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
    { i: { title, summary: 'Ringkasan etika pelayanan untuk petugas kelurahan.', topicId: topics[0].id, competencyType: 'SOSIAL_KULTURAL', jpHours: JP, level: 'DASAR' } },
    token,
  );
  const courseId = createCourse.id;
  const { addCourseModule } = await graphql<{ addCourseModule: { modules: { id: string }[] } }>(
    'mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }',
    { i: { courseId, title: 'Etika sehari-hari' } },
    token,
  );
  await graphql(
    'mutation($i: AddActivityInput!) { addActivity(input: $i) { __typename } }',
    {
      i: {
        moduleId: addCourseModule.modules[0].id,
        type: 'page',
        title: 'Melayani dengan hormat',
        content: { markdown: '# Melayani dengan hormat\n\nSapa warga, dengarkan keperluannya, dan jelaskan langkah berikutnya.' },
      },
    },
    token,
  );
  await graphql('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId }, token);
  return courseId;
}

async function picture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await settleAnimations(page);
  await screenshot(page, name);
}

/** The learner's JP this year as the pimpinan's people table shows it ("7 / 20 JP"). */
async function jpOnDashboard(page: Page, learnerId: string): Promise<number> {
  await page.goto(`${baseUrl()}/pimpinan`);
  await page.getByRole('heading', { level: 1, name: 'Pemantauan JP pegawai' }).waitFor();
  const row = page.getByTestId(`supervision-person-${learnerId}`);
  await row.getByRole('link', { name: LEARNER_NAME }).waitFor();
  const text = (await row.textContent()) ?? '';
  const jp = Number(/(\d+) \/ \d+ JP/.exec(text)?.[1] ?? NaN);
  if (Number.isNaN(jp)) throw new Error(`No JP in the row: ${text}`);
  return jp;
}

describe('certificate: a learner completes a course and anyone can check the certificate', () => {
  it('issues a PDF whose QR code opens a "valid" page with the portal closed, and the pimpinan sees the JP move', async () => {
    const title = `Etika Pelayanan Kelurahan ${Date.now().toString(36)}`;
    const courseId = await onePageCourse(title);
    const learnerToken = await tokenOf(LEARNER);
    const { me } = await graphql<{ me: { id: string } }>('{ me { id } }', {}, learnerToken);

    const supervisor = await openBrowser(DESKTOP);
    let verificationUrl = '';
    try {
      await signIn(supervisor.page, SUPERVISOR);
      const jpBefore = await jpOnDashboard(supervisor.page, me.id);

      const learner = await openBrowser(PHONE);
      try {
        const { page } = learner;
        await signIn(page, LEARNER);
        // Enrolling opens the player at the course's only page, which counts as read once it is shown.
        await page.goto(`${baseUrl()}/kursus/${courseId}`);
        await page.getByTestId('course-enrol').click();
        await page.getByRole('heading', { name: 'Melayani dengan hormat' }).first().waitFor();
        await page.getByTestId('course-completed').waitFor({ timeout: 30_000 });
        await page.getByTestId('save-status').getByText('Tersimpan di server').waitFor();
        await picture(page, 'certificate-course-completed-phone');

        const { myCertificates } = await graphql<{ myCertificates: { courseId: string; serial: string; verificationUrl: string; verificationCode: string }[] }>(
          '{ myCertificates { courseId serial verificationUrl verificationCode } }',
          {},
          learnerToken,
        );
        const certificate = myCertificates.find((candidate) => candidate.courseId === courseId);
        if (!certificate) throw new Error('No certificate for the completed course');

        // The PDF from "Sertifikat saya", read like a person's PDF viewer and phone camera would.
        await page.goto(`${baseUrl()}/catatan-belajar/sertifikat`);
        const card = page.getByTestId(`certificate-${certificate.serial}`);
        await card.getByRole('heading', { name: title }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await picture(page, 'certificate-list-phone');
        const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: `Unduh PDF sertifikat ${title}` }).click()]);
        const reading = await readPdf(await readFile((await download.path()) ?? ''));
        const text = reading.text.replace(/\s+/g, ' ');
        expect(text).toContain(LEARNER_NAME);
        expect(text).toContain(title);
        expect(text).toContain(certificate.serial);
        expect(text).toContain(`${JP} jam pelajaran (JP)`);
        expect(reading.qrCodes).toEqual([certificate.verificationUrl]);
        verificationUrl = reading.qrCodes[0];
        expect(new URL(verificationUrl).pathname).toBe(`/verify/${certificate.verificationCode}`);
      } finally {
        // The portal is closed before anyone checks the certificate.
        await learner.close();
      }

      // Someone else, with no account and no portal open, scans the QR code.
      const stranger = await openBrowser(PHONE);
      try {
        const { page } = stranger;
        const response = await page.goto(verificationUrl);
        expect(response?.status()).toBe(200);
        await page.getByText('Sertifikat sah (valid)').waitFor();
        const body = (await page.textContent('body')) ?? '';
        expect(body).toContain(LEARNER_NAME);
        expect(body).toContain(title);
        expect(body).toContain(`${JP} JP`);
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, 'certificate-verification-phone');
      } finally {
        await stranger.close();
      }

      // The pimpinan sees the learner's JP go up by the course's JP.
      expect(await jpOnDashboard(supervisor.page, me.id)).toBe(jpBefore + JP);
      await picture(supervisor.page, 'certificate-supervisor-jp-desktop');
    } finally {
      await supervisor.close();
    }
  }, 150_000);
});
