import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { DEMO_PASSWORD, type PortalBrowser, baseUrl, openBrowser, screenshot, signIn } from '../support/browser';

const PARTNER = 'mitra@tunas.test';
const TRAINER = 'pelatih@tunas.test';
const SMALL_PHONE = { width: 360, height: 800 };

/** A real PDF made with pdfkit; `pages` of uncompressed text make it as large as the test needs. */
function writePdf(path: string, title: string, pages: number): Promise<void> {
  return new Promise((resolvePdf, reject) => {
    const doc = new PDFDocument({ compress: false, info: { Title: title } });
    const out = createWriteStream(path);
    out.on('finish', () => resolvePdf());
    out.on('error', reject);
    doc.pipe(out);
    doc.fontSize(20).text(title);
    const paragraph =
      'Pengelolaan proyek desa: rencana kerja, anggaran, jadwal, pemantauan, dan pelaporan kepada masyarakat. '.repeat(40);
    for (let page = 1; page < pages; page++) {
      doc.addPage().fontSize(9).text(`Halaman ${page + 1}. ${paragraph}`);
    }
    doc.end();
  });
}

/** Progress of the upload card of `fileName`, as the progress bar tells assistive technology. */
async function progressOf(page: Page, fileName: string): Promise<number> {
  const bar = page.getByTestId('upload-item').filter({ hasText: fileName }).getByRole('progressbar');
  return Number((await bar.getAttribute('aria-valuenow')) ?? '0');
}

async function pickFiles(page: Page, trigger: () => Promise<void>, paths: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger()]);
  await chooser.setFiles(paths);
}

async function accessTokenFor(identifier: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { identifier, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await response.json()) as { data?: { login: { accessToken: string } } };
  if (!body.data) throw new Error(`Sign-in failed for ${identifier}`);
  return body.data.login.accessToken;
}

/** What the tus server says it holds of an upload (HEAD, as the tus protocol asks it). */
async function serverOffset(uploadUrl: string, token: string): Promise<{ offset: number; length: number }> {
  const response = await fetch(new URL(uploadUrl, baseUrl()), {
    method: 'HEAD',
    headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' },
  });
  expect(response.status).toBe(200);
  return { offset: Number(response.headers.get('upload-offset')), length: Number(response.headers.get('upload-length')) };
}

const scrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

describe('the materials library', () => {
  let dir: string;
  let smallPdf: string;
  let largePdf: string;
  const marker = `Rakumpit${Date.now().toString(36)}`;
  const smallTitle = `Panduan proyek desa ${marker}`;
  const smallName = `panduan-proyek-${marker}.pdf`;
  const largeName = `modul-lengkap-${marker}.pdf`;
  let browser: PortalBrowser | null = null;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tunas-materials-'));
    smallPdf = join(dir, smallName);
    largePdf = join(dir, largeName);
    await writePdf(smallPdf, smallTitle, 2);
    // About 12 MB: three 5 MB chunks, so a connection lost after the first leaves part of the file on the server.
    await writePdf(largePdf, `Modul lengkap ${marker}`, 900);
  }, 120_000);

  afterEach(async () => {
    await browser?.close();
    browser = null;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lets partner staff upload a PDF, find it, preview it and share it', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await signIn(page, PARTNER);
    await page.getByRole('navigation').getByRole('link', { name: 'Pustaka materi' }).click();
    await page.waitForURL(`${baseUrl()}/pustaka`);
    await page.getByRole('heading', { level: 1, name: 'Pustaka materi' }).waitFor();

    await pickFiles(page, () => page.getByTestId('material-pick').click(), [smallPdf]);
    const card = page.getByTestId('upload-item').filter({ hasText: smallName });
    expect(await card.getByTestId('upload-title').inputValue()).toBe(`panduan-proyek-${marker}`);
    await card.getByTestId('upload-title').fill(smallTitle);
    await card.getByTestId('upload-topic').fill('Manajemen proyek');
    await card.getByTestId('upload-start').click();

    await card.getByText('Selesai diunggah (100%).').waitFor();
    expect(await progressOf(page, smallName)).toBe(100);
    await page.getByTestId('material-item').filter({ hasText: smallTitle }).waitFor();
    await screenshot(page, 'materials-uploaded');

    await page.getByTestId('materials-search').fill(marker);
    await page.waitForFunction(
      (title) => {
        const items = Array.from(document.querySelectorAll('[data-testid="material-item"]'));
        return items.length === 1 && items[0].textContent?.includes(title);
      },
      smallTitle,
    );
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('material-link').filter({ hasText: smallTitle }).click();
    await page.getByTestId('material-title').filter({ hasText: smallTitle }).waitFor();
    const frame = page.getByTestId('material-preview-pdf');
    const src = await frame.getAttribute('src');
    expect(src).toContain('/materials/file/');
    // The preview URL serves the stored file, with ranges.
    const head = await page.evaluate(async (url) => {
      const response = await fetch(url, { headers: { Range: 'bytes=0-3' } });
      return { status: response.status, body: await response.text() };
    }, src ?? '');
    expect(head).toEqual({ status: 206, body: '%PDF' });
    await page.getByTestId('material-versions').getByText(`Versi 1 · ${smallName}`).waitFor();

    await page.getByTestId('material-edit-shared').getByRole('switch').click();
    await page.getByTestId('material-save').click();
    await page.getByText('Perubahan disimpan.').waitFor();
    await page.getByText('Dibagikan', { exact: true }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'materials-detail');
  }, 120_000);

  it('resumes an upload cut by a reload from the bytes the server already has', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await signIn(page, PARTNER);
    await page.goto(`${baseUrl()}/pustaka`);
    // A link that drops after the first 5 MB chunk: every later PATCH loses its connection (tus keeps retrying).
    const uploadRequests = (url: URL) => url.pathname.startsWith('/uploads/');
    let patches = 0;
    let dropped = 0;
    await page.route(uploadRequests, async (route) => {
      if (route.request().method() !== 'PATCH') return route.continue();
      patches += 1;
      if (patches === 1) return route.continue();
      dropped += 1;
      return route.abort('connectionreset');
    });

    await pickFiles(page, () => page.getByTestId('material-pick').click(), [largePdf]);
    const card = page.getByTestId('upload-item').filter({ hasText: largeName });
    await card.getByTestId('upload-title').fill(`Modul lengkap ${marker}`);
    const firstChunk = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.status() === 204, {
      timeout: 60_000,
    });
    await card.getByTestId('upload-start').click();
    await firstChunk;
    while (dropped < 2) await page.waitForTimeout(200);
    await screenshot(page, 'materials-upload-interrupted');
    await page.reload();
    await page.unroute(uploadRequests);

    const unfinished = page.getByTestId('unfinished-upload').filter({ hasText: `Modul lengkap ${marker}` });
    await unfinished.waitFor();
    await page.getByRole('heading', { name: 'Unggahan belum selesai' }).waitFor();
    const stored = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('tus::tunas-material-'))
        .map((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { uploadUrl: string }),
    );
    expect(stored).toHaveLength(1);
    // The server kept at least the first 5 MB chunk.
    const held = await serverOffset(stored[0].uploadUrl, await accessTokenFor(PARTNER));
    expect(held.offset).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(held.offset).toBeLessThan(held.length);
    await screenshot(page, 'materials-unfinished');

    await pickFiles(page, () => unfinished.getByTestId('unfinished-pick').click(), [largePdf]);
    const resumedCard = page.getByTestId('upload-item').filter({ hasText: largeName });
    const resumed = await resumedCard.getByTestId('upload-resumed').textContent({ timeout: 30_000 });
    const percent = Number(/Melanjutkan dari (\d+)%/.exec(resumed ?? '')?.[1] ?? 'NaN');
    expect(percent).toBe(Math.floor((held.offset / held.length) * 100));
    await resumedCard.getByText('Selesai diunggah (100%).').waitFor({ timeout: 60_000 });
    await page.getByTestId('material-item').filter({ hasText: `Modul lengkap ${marker}` }).waitFor();
    // Done: nothing left to resume on this device.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('tus::')).length)).toBe(0);
  }, 180_000);

  it('shows a trainer shared materials without controls to change them', async () => {
    browser = await openBrowser(SMALL_PHONE);
    const { page } = browser;
    await signIn(page, TRAINER);
    await page.goto(`${baseUrl()}/pustaka`);
    await page.getByRole('heading', { level: 1, name: 'Pustaka materi' }).waitFor();
    expect(await page.getByTestId('material-upload').count()).toBe(0);
    await page.getByTestId('materials-search').fill(marker);
    const item = page.getByTestId('material-item').filter({ hasText: smallTitle });
    await item.waitFor();
    // Not shared: the large module stays with its institution.
    expect(await page.getByTestId('material-item').filter({ hasText: `Modul lengkap ${marker}` }).count()).toBe(0);
    expect(await page.evaluate(scrollsSideways)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'materials-trainer-phone');

    await item.getByTestId('material-link').click();
    await page.getByTestId('material-title').filter({ hasText: smallTitle }).waitFor();
    await page.getByTestId('material-download').waitFor();
    expect(await page.getByTestId('material-edit').count()).toBe(0);
    expect(await page.getByTestId('material-archive').count()).toBe(0);
    expect(await page.getByTestId('material-upload').count()).toBe(0);
    expect(await page.evaluate(scrollsSideways)).toBe(false);
    await screenshot(page, 'materials-trainer-detail-phone');
  }, 90_000);

  it('fits the partner library on a phone', async () => {
    browser = await openBrowser(SMALL_PHONE);
    const { page } = browser;
    await signIn(page, PARTNER);
    await page.goto(`${baseUrl()}/pustaka`);
    await page.getByTestId('material-pick').waitFor();
    await page.getByTestId('material-item').first().waitFor();
    expect(await page.evaluate(scrollsSideways)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'materials-partner-phone');
  }, 60_000);
});
