import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { DEMO_PASSWORD, baseUrl, openBrowser, screenshot, signIn, settleAnimations } from '../support/browser';
import { graphql, tokenOf } from '../support/api';

const ADMIN = 'admin@tunas.test';
const TRAINER = 'pelatih@tunas.test';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
const REASON = 'Peserta terdaftar ganda; sertifikat diganti';

/**
 * A certificate of this journey's own: the trainer publishes a one-page course, a learner created for the journey
 * completes it. Nobody else holds it, so revoking it changes nothing another journey relies on.
 */
async function freshCertificate(): Promise<{ serial: string; verificationUrl: string; learnerName: string }> {
  const suffix = Date.now().toString(36);
  const [adminToken, trainerToken] = [await tokenOf(ADMIN), await tokenOf(TRAINER)];
  const { topics } = await graphql<{ topics: { id: string }[] }>('{ topics { id } }', {}, trainerToken);
  const { createCourse } = await graphql<{ createCourse: { id: string } }>(
    'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
    { i: { title: `Tata Naskah Dinas ${suffix}`, summary: 'Ringkasan tata naskah dinas.', topicId: topics[0].id, competencyType: 'TEKNIS', jpHours: 1, level: 'DASAR' } },
    trainerToken,
  );
  const courseId = createCourse.id;
  const { addCourseModule } = await graphql<{ addCourseModule: { modules: { id: string }[] } }>(
    'mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }',
    { i: { courseId, title: 'Naskah dinas' } },
    trainerToken,
  );
  const { addActivity } = await graphql<{ addActivity: { modules: { activities: { id: string }[] }[] } }>(
    'mutation($i: AddActivityInput!) { addActivity(input: $i) { modules { activities { id } } } }',
    { i: { moduleId: addCourseModule.modules[0].id, type: 'page', title: 'Kop surat', content: { markdown: 'Kop surat memuat lambang dan nama instansi.' } } },
    trainerToken,
  );
  await graphql('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId }, trainerToken);

  const learnerName = `Rina Kahayan ${suffix}`;
  const email = `sertifikat.cabut.${suffix}@tunas.test`;
  const { createUser } = await graphql<{ createUser: { activation: { url: string } } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { activation { url } } }',
    { i: { name: learnerName, email, roles: ['LEARNER'] } },
    adminToken,
  );
  const { activateAccount } = await graphql<{ activateAccount: { accessToken: string } }>(
    'mutation($i: ActivateAccountInput!) { activateAccount(input: $i) { accessToken } }',
    { i: { token: new URL(createUser.activation.url).searchParams.get('token'), password: DEMO_PASSWORD } },
  );
  const learnerToken = activateAccount.accessToken;
  await graphql('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }', { id: courseId }, learnerToken);
  await graphql(
    'mutation($i: RecordProgressInput!) { recordActivityProgress(input: $i) { courseCompleted } }',
    { i: { courseId, activityId: addActivity.modules[0].activities[0].id, state: { viewed: true }, idempotencyKey: `cabut-${suffix}` } },
    learnerToken,
  );
  const { myCertificates } = await graphql<{ myCertificates: { courseId: string; serial: string; verificationUrl: string }[] }>(
    '{ myCertificates { courseId serial verificationUrl } }',
    {},
    learnerToken,
  );
  const certificate = myCertificates.find((candidate) => candidate.courseId === courseId);
  if (!certificate) throw new Error('The completed course issued no certificate');
  return { ...certificate, learnerName };
}

async function settled(page: Page): Promise<void> {
  await settleAnimations(page);
}

describe('admin: certificates and JP targets', () => {
  it('finds a certificate by serial, revokes it with a reason the public page shows, and changes the PPPK JP target', async () => {
    const certificate = await freshCertificate();
    const admin = await openBrowser(DESKTOP);
    try {
      const { page } = admin;
      await signIn(page, ADMIN);

      // Find it by serial.
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Sertifikat', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Sertifikat' }).waitFor();
      await page.getByTestId('certificates-search').fill(certificate.serial);
      const status = page.getByTestId(`certificate-status-${certificate.serial}`);
      await status.getByText('Sah', { exact: true }).waitFor();
      await page.getByText('1 sertifikat ditemukan').waitFor();
      expect(await page.getByTestId(`certificate-verify-${certificate.serial}`).getAttribute('href')).toBe(certificate.verificationUrl);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'admin-certificates-found');

      // Revoke it: the dialog wants a real reason.
      await page.getByTestId(`certificate-revoke-${certificate.serial}`).click();
      const dialog = page.getByRole('dialog', { name: `Cabut sertifikat ${certificate.serial}` });
      await dialog.waitFor();
      const reason = dialog.getByRole('textbox', { name: 'Alasan pencabutan' });
      // Focus moves into the dialog, to the reason, once it has opened.
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'revoke-reason');
      await dialog.getByTestId('revoke-confirm').click();
      await dialog.getByText('Wajib diisi.').waitFor();
      await reason.fill('ok');
      await dialog.getByText('Alasan minimal 5 karakter.').waitFor();
      await reason.fill(REASON);
      await settled(page);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'admin-certificates-revoke-dialog');
      await dialog.getByTestId('revoke-confirm').click();
      await dialog.waitFor({ state: 'detached' });
      const message = page.getByTestId('certificate-revoked-message');
      await message.waitFor();
      // The revoke button is gone with the revocation: focus goes to the confirmation instead of getting lost.
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'certificate-revoked-message');
      await status.getByText('Dicabut', { exact: true }).waitFor();
      await status.getByText(REASON).waitFor();
      await expectNoRevokeButton(page, certificate.serial);
      await screenshot(page, 'admin-certificates-revoked');

      // Anyone checking the certificate now reads that it is revoked, and why.
      const stranger = await openBrowser(PHONE);
      try {
        const response = await stranger.page.goto(certificate.verificationUrl);
        expect(response?.status()).toBe(200);
        await stranger.page.getByText('Sertifikat dicabut (revoked)').waitFor();
        expect(await stranger.page.textContent('body')).toContain(REASON);
        await screenshot(stranger.page, 'admin-certificates-verification-revoked-phone');
      } finally {
        await stranger.close();
      }

      // The PPPK target, on a phone-sized window: changed, saved, still there after a reload.
      await page.setViewportSize(PHONE);
      // The navigation turns into a drawer: wait until it has slid away.
      await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor({ state: 'hidden' });
      await settled(page);
      await screenshot(page, 'admin-certificates-revoked-phone');
      await page.goto(`${baseUrl()}/admin/target-jp`);
      const input = page.getByTestId('jp-target-input-PPPK');
      await input.waitFor();
      const next = Number(await input.inputValue()) + 4;
      await input.fill('');
      await page.getByTestId('jp-target-save-PPPK').click();
      await page.getByTestId('jp-target-PPPK').getByText('Wajib diisi.').waitFor();
      await input.fill(String(next));
      await page.getByTestId('jp-target-save-PPPK').click();
      await page.getByTestId('jp-target-saved').getByText(`${next} JP per tahun`).waitFor();
      await page.reload();
      await page.getByTestId('jp-target-PPPK').getByText(/^\s*Diatur /).waitFor();
      expect(await page.getByTestId('jp-target-input-PPPK').inputValue()).toBe(String(next));
      await settled(page);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'admin-jp-targets-phone');

      // The template editor lists its placeholders and previews the text (nothing is saved: other journeys' certificates keep the default).
      await page.goto(`${baseUrl()}/admin/templat-sertifikat`);
      await page.getByTestId('template-create').click();
      await page.getByTestId('template-placeholders').getByText('{{learnerName}}').waitFor();
      await page.getByTestId('template-heading').fill('PIAGAM PENGHARGAAN');
      await page.getByTestId('template-preview').getByText('PIAGAM PENGHARGAAN').waitFor();
      await settled(page);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'admin-certificate-template-phone');
    } finally {
      await admin.close();
    }
  }, 90_000);
});

async function expectNoRevokeButton(page: Page, serial: string): Promise<void> {
  expect(await page.getByTestId(`certificate-revoke-${serial}`).count()).toBe(0);
}
