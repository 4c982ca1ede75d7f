import { seriousViolations } from '../support/axe';
import { type PortalBrowser, baseUrl, openBrowser, screenshot, signIn } from '../support/browser';

describe('administration', () => {
  let admin: PortalBrowser;

  beforeEach(async () => {
    admin = await openBrowser();
    await signIn(admin.page, 'admin@tunas.test');
  });

  afterEach(async () => {
    await admin.close();
  });

  it('lists and searches users', async () => {
    const { page } = admin;
    await page.goto(`${baseUrl()}/admin/pengguna`);
    await page.getByRole('cell', { name: /pelajar@tunas\.test/ }).waitFor();

    await page.getByTestId('users-search').fill('pimpinan');
    await page.getByRole('cell', { name: /pimpinan@tunas\.test/ }).waitFor();
    await page.getByRole('cell', { name: /pelajar@tunas\.test/ }).waitFor({ state: 'detached' });

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-users');
  });

  it('creates a user whose activation link lets them set a password and sign in', async () => {
    const { page } = admin;
    const email = `baru.${Date.now()}@tunas.test`;
    await page.goto(`${baseUrl()}/admin/pengguna/baru`);
    await page.getByTestId('user-name').fill('Dewi Pengguna Baru');
    await page.getByTestId('user-email').fill(email);
    await page.getByTestId('user-save').click();

    const card = page.getByTestId('activation-link');
    await card.waitFor();
    const url = (await card.locator('code').textContent())?.trim() ?? '';
    expect(url).toContain('/aktivasi?token=');
    await screenshot(page, 'admin-user-created');

    const newcomer = await openBrowser();
    try {
      const activationUrl = new URL(url);
      await newcomer.page.goto(`${baseUrl()}${activationUrl.pathname}${activationUrl.search}`);
      await newcomer.page.getByTestId('activation-password').fill('tunas bertumbuh setiap hari');
      await newcomer.page.getByTestId('activation-confirmation').fill('tunas bertumbuh setiap hari');
      await newcomer.page.getByRole('button', { name: 'Aktifkan akun' }).click();
      await newcomer.page.getByTestId('home-learner').waitFor();
      expect(await newcomer.page.getByRole('heading', { level: 1 }).textContent()).toContain('Dewi Pengguna Baru');
    } finally {
      await newcomer.close();
    }
  });

  it('checks a CSV file line by line before importing it', async () => {
    const { page } = admin;
    await page.goto(`${baseUrl()}/admin/impor-pengguna`);
    const csv = [
      'nip,nama,email,unit_kerja,jenis_asn',
      '12345,NIP Terlalu Pendek,pendek@tunas.test,,PNS',
    ].join('\n');

    await page.getByTestId('import-text').fill(csv);
    await page.getByTestId('import-check').click();

    await page.getByTestId('import-report').waitFor();
    const firstRow = page.locator('.import-errors tbody tr').first();
    expect(await firstRow.locator('td').first().textContent()).toBe('2');
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    await screenshot(page, 'admin-import-dry-run');
  });

  it('shows the organisation tree built from the flat list', async () => {
    const { page } = admin;
    await page.goto(`${baseUrl()}/admin/unit-organisasi`);

    await page.getByText('Kecamatan Rakumpit').first().waitFor();
    expect(await page.locator('.org-tree__list .org-tree__list').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-org-units');
  });

  it('shows a deactivation in the audit log', async () => {
    const { page } = admin;
    const stamp = Date.now();
    const name = `Audit Uji ${stamp}`;
    await page.goto(`${baseUrl()}/admin/pengguna/baru`);
    await page.getByTestId('user-name').fill(name);
    await page.getByTestId('user-email').fill(`audit.${stamp}@tunas.test`);
    await page.getByTestId('user-save').click();
    await page.getByTestId('activation-link').waitFor();

    await page.goto(`${baseUrl()}/admin/pengguna`);
    await page.getByTestId('users-search').fill(name);
    await page.getByRole('button', { name: `Nonaktifkan ${name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nonaktifkan' }).click();
    await page.getByRole('button', { name: `Aktifkan kembali ${name}` }).waitFor();

    await page.goto(`${baseUrl()}/admin/log-audit`);
    await page.getByTestId('audit-action').fill('user.deactivated');
    const entry = page.getByTestId('audit-events').locator('li', { hasText: name });
    await entry.waitFor();
    expect(await entry.locator('code.audit-action').textContent()).toBe('user.deactivated');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-audit-log');
  });
});
