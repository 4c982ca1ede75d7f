import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { baseUrl, openBrowser, screenshot, signIn, settleAnimations } from '../support/browser';
import { graphql, tokenOf } from '../support/api';

const SUPERVISOR = 'pimpinan@tunas.test';
const LEARNER = 'pelajar@tunas.test';
const LEARNER_NAME = 'Dewi Lestari, S.E.';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** The smallest PDF the evidence check accepts: it goes by the content's signature. */
const TINY_PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

/** The learner claims a workshop done elsewhere, with a PDF as evidence, as the learning record screen would. */
async function submitClaim(title: string): Promise<string> {
  const year = new Date().getFullYear();
  const data = await graphql<{ submitExternalLearning: { id: string } }>(
    'mutation($input: SubmitExternalLearningInput!) { submitExternalLearning(input: $input) { id } }',
    {
      input: {
        title,
        provider: 'BPSDM Provinsi Kalimantan Tengah',
        route: 'KLASIKAL',
        competencyType: 'TEKNIS',
        jpHours: 4,
        startedOn: `${year}-01-06`,
        endedOn: `${year}-01-07`,
        evidence: { fileName: 'sertifikat-bimtek.pdf', contentBase64: Buffer.from(TINY_PDF).toString('base64') },
      },
    },
    await tokenOf(LEARNER),
  );
  return data.submitExternalLearning.id;
}

async function picture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await settleAnimations(page);
  await screenshot(page, name);
}

async function openDashboard(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/pimpinan`);
  await page.getByRole('heading', { level: 1, name: 'Pemantauan JP pegawai' }).waitFor();
  await page.getByTestId('supervision-people').getByRole('link', { name: LEARNER_NAME }).waitFor();
}

async function downloadedText(page: Page, trigger: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

const scrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

describe('supervision: the pimpinan follows their people', () => {
  it('filters those behind, reminds one, exports CSV, opens a person and approves a learning claim', async () => {
    const claimTitle = `Bimtek pengelolaan arsip ${Date.now()}`;
    const claimId = await submitClaim(claimTitle);
    const supervisor = await openBrowser(DESKTOP);
    try {
      const { page } = supervisor;
      await signIn(page, SUPERVISOR);
      await page.getByRole('link', { name: 'Pimpinan' }).first().waitFor();
      await openDashboard(page);
      await page.getByTestId('supervision-summary').waitFor();
      await page.getByTestId('supervision-chart-unit').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'supervision-dashboard-desktop');

      // The people table is paged on the server: a paginator under it, the range in Indonesian.
      const table = page.getByTestId('supervision-people');
      const rows = table.locator('tbody tr');
      const paginator = page.getByTestId('supervision-paginator');
      await paginator.getByText(/1\s*–\s*\d+ dari \d+/).waitFor();

      // Only those behind: everyone left is short of their target, Dewi among them.
      await page.getByTestId('supervision-status').selectOption('BEHIND');
      await page.getByTestId('supervision-people-found').getByText(/pegawai ditemukan/).waitFor();
      await rows.filter({ hasText: LEARNER_NAME }).waitFor();
      expect(await rows.filter({ hasText: 'Target tercapai' }).count()).toBe(0);

      // Search by name, typed as a person types: the server answers once typing pauses.
      const search = page.getByRole('searchbox', { name: 'Cari nama atau NIP' });
      await search.pressSequentially('lestari', { delay: 40 });
      await page.getByTestId('supervision-people-found').getByText(/^\s*1 pegawai ditemukan\s*$/).waitFor();
      expect(await rows.count()).toBe(1);
      await rows.filter({ hasText: LEARNER_NAME }).waitFor();
      // Nobody matches: the table says so.
      await search.fill('tidak ada yang bernama begini');
      await page.getByText('Tidak ada pegawai yang cocok dengan pencarian atau status ini.').waitFor();
      await search.fill('');
      await page.getByTestId('supervision-status').selectOption('ALL');
      await rows.filter({ hasText: LEARNER_NAME }).waitFor();

      // Sorting by name from the keyboard: the heading says how the column is sorted.
      const byName = page.getByTestId('supervision-sort-name');
      await byName.focus();
      await page.keyboard.press('Enter');
      await table.locator('th[aria-sort="ascending"]').getByTestId('supervision-sort-name').waitFor();
      const names = await table.locator('tbody th a').allTextContents();
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id', { sensitivity: 'base' })));
      await page.keyboard.press('Enter');
      await table.locator('th[aria-sort="descending"]').getByTestId('supervision-sort-name').waitFor();
      await rows.filter({ hasText: LEARNER_NAME }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'supervision-people-sorted-desktop');

      // A reminder with a personal line, reported by name.
      await page.getByRole('checkbox', { name: `Pilih ${LEARNER_NAME}` }).check();
      await page.getByTestId('supervision-nudge-message').fill('Mohon segera lengkapi JP tahun ini.');
      await page.getByTestId('supervision-nudge-send').click();
      const report = page.getByTestId('supervision-nudge-report');
      await report.getByText('Pengingat terkirim ke 1 pegawai.').waitFor();
      await report.getByText(LEARNER_NAME).waitFor();
      await picture(page, 'supervision-nudge-desktop');

      // Everyone behind in the whole scope, not only this page: after a confirmation; Dewi was reminded already today.
      await page.getByTestId('supervision-nudge-everyone').click();
      const confirm = page.getByRole('dialog', { name: 'Ingatkan semua yang tertinggal?' });
      await confirm.getByText(/bukan hanya yang tampil di halaman ini/).waitFor();
      await confirm.getByRole('button', { name: 'Kirim pengingat' }).click();
      await report.getByText('sudah diingatkan hari ini:', { exact: false }).waitFor();
      await confirm.waitFor({ state: 'detached' });

      // The CSV for BKPSDM: UTF-8 with a BOM, one row per person.
      const csv = await downloadedText(page, () => page.getByTestId('supervision-export-csv').click());
      expect(csv.name).toMatch(/\.csv$/);
      const [headerLine, ...lines] = csv.text.replace(/^\uFEFF/, '').split(/\r?\n/);
      expect(headerLine).toMatch(/^NIP,Nama,Jenis ASN,Unit kerja,JP \d{4},Target JP/);
      expect(lines.some((line) => line.includes('Dewi Lestari'))).toBe(true);

      // Drill-down to one person.
      await page.getByTestId('supervision-people').getByRole('link', { name: LEARNER_NAME }).click();
      await page.getByRole('heading', { level: 1, name: LEARNER_NAME }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Kursus yang diikuti' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'supervision-person-desktop');

      // The claim waits in the queue, with its evidence, and is approved.
      await page.goto(`${baseUrl()}/pimpinan/pengajuan`);
      const claim = page.getByTestId(`supervision-claim-${claimId}`);
      await claim.getByRole('heading', { name: claimTitle }).waitFor();
      const evidence = await downloadedText(page, () => claim.getByTestId('supervision-claim-evidence').click());
      expect(evidence.text.startsWith('%PDF-')).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'supervision-claims-desktop');

      // Rejecting needs a comment; approving does not.
      await claim.getByTestId('supervision-claim-reject').click();
      await claim.getByText('Tuliskan alasan penolakan.').waitFor();
      await claim.getByTestId('supervision-claim-approve').click();
      await page.getByTestId('supervision-claim-outcome').getByText(`“${claimTitle}” dari ${LEARNER_NAME} disetujui.`).waitFor();
      await claim.waitFor({ state: 'detached' });
    } finally {
      await supervisor.close();
    }

    const status = await graphql<{ pendingExternalLearning: { id: string }[] }>('{ pendingExternalLearning { id } }', {}, await tokenOf(SUPERVISOR));
    expect(status.pendingExternalLearning.map((pending) => pending.id)).not.toContain(claimId);

    // Dewi finds the reminder in her inbox: the bell counts it, the inbox shows it, and reading it lowers the count.
    const learner = await openBrowser(PHONE);
    try {
      const { page } = learner;
      await signIn(page, LEARNER);
      const bell = page.getByTestId('notifications-bell');
      await bell.and(page.locator('[aria-label^="Notifikasi, "]')).waitFor();
      const unreadBefore = Number(/(\d+) belum dibaca/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? NaN);
      expect(unreadBefore).toBeGreaterThanOrEqual(1);
      await bell.click();
      await page.getByRole('heading', { level: 1, name: 'Notifikasi' }).waitFor();
      const reminder = page.getByTestId('notification-list').getByRole('listitem').filter({ hasText: 'Mohon segera lengkapi JP tahun ini.' }).first();
      await reminder.getByText('Pengingat pimpinan').waitFor();
      await reminder.getByTestId('notification-unread').waitFor();
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'notifications-inbox-phone');

      await reminder.getByTestId('notification-mark-read').click();
      await page.getByTestId('notifications-status').getByText('Ditandai sudah dibaca').waitFor();
      await reminder.getByTestId('notification-unread').waitFor({ state: 'detached' });
      const expected = unreadBefore - 1;
      await bell.and(page.locator(`[aria-label="${expected > 0 ? `Notifikasi, ${expected} belum dibaca` : 'Notifikasi'}"]`)).waitFor();

      // "Tandai semua" empties the count; the list keeps the notifications, read.
      if (expected > 0) {
        await page.getByTestId('notifications-mark-all').click();
        await page.getByTestId('notification-list').getByTestId('notification-unread').first().waitFor({ state: 'detached' });
      }
      await bell.and(page.locator('[aria-label="Notifikasi"]')).waitFor();
      await reminder.waitFor();
      await picture(page, 'notifications-inbox-read-phone');
    } finally {
      await learner.close();
    }
  }, 150_000);

  it('fits a 360 px phone: the people table scrolls in its own region, not the page', async () => {
    await submitClaim(`Webinar pelayanan publik ${Date.now()}`);
    const phone = await openBrowser(PHONE);
    try {
      const { page } = phone;
      await signIn(page, SUPERVISOR);
      await openDashboard(page);
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'supervision-dashboard-phone');

      await page.goto(`${baseUrl()}/pimpinan/pengajuan`);
      await page.getByRole('heading', { level: 1, name: 'Pengajuan pembelajaran' }).waitFor();
      await page.getByTestId('supervision-claim-approve').first().waitFor();
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'supervision-claims-phone');

      await page.goto(`${baseUrl()}/pimpinan/peringkat`);
      await page.getByRole('heading', { level: 1, name: 'Peringkat unit' }).waitFor();
      await page.getByRole('heading', { level: 2 }).waitFor();
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'supervision-leaderboard-phone');
    } finally {
      await phone.close();
    }
  });
});
