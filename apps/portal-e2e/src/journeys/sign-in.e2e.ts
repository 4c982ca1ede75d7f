import { type PortalBrowser, baseUrl, openBrowser, screenshot, signIn } from '../support/browser';

const DEMO_ACCOUNTS = [
  { email: 'pelajar@tunas.test', role: 'learner', heading: 'Pelajar' },
  { email: 'pelatih@tunas.test', role: 'trainer', heading: 'Pelatih' },
  { email: 'mitra@tunas.test', role: 'partner', heading: 'Mitra' },
  { email: 'pimpinan@tunas.test', role: 'supervisor', heading: 'Pimpinan' },
  { email: 'admin@tunas.test', role: 'admin', heading: 'Administrator' },
] as const;

describe('signing in', () => {
  let browser: PortalBrowser;

  beforeEach(async () => {
    browser = await openBrowser();
  });

  afterEach(async () => {
    await browser.close();
  });

  it.each(DEMO_ACCOUNTS)('$email sees the $role home', async ({ email, role, heading }) => {
    const { page } = browser;

    await signIn(page, email);

    const section = page.getByTestId(`home-${role}`);
    await section.waitFor();
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(heading);
    await screenshot(page, `home-${role}`);
  });

  it('shows a learner the JP target and no admin section', async () => {
    const { page } = browser;

    await signIn(page, 'pelajar@tunas.test');

    await page.getByTestId('home-learner').waitFor();
    // The JP record arrives after the section itself: wait for it rather than read the section too early.
    await page.getByTestId('home-learner').getByText('Target 20 JP tahun ini').waitFor();
    expect(await page.getByTestId('home-learner').textContent()).toContain('Target 20 JP tahun ini');
    expect(await page.getByTestId('home-admin').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Pengguna' }).count()).toBe(0);
  });

  it('accepts the NIP instead of the e-mail address', async () => {
    const { page } = browser;

    await signIn(page, '199003152015032001');

    await page.getByTestId('home-learner').waitFor();
  });

  it('says "NIP/email atau kata sandi salah" for a wrong password and for an unknown person alike', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/masuk`);

    for (const identifier of ['pelajar@tunas.test', 'belum.terdaftar@tunas.test']) {
      await page.getByTestId('login-identifier').fill(identifier);
      await page.getByTestId('login-password').fill('salah-sekali');
      await page.getByTestId('login-submit').click();
      const error = page.getByTestId('login-error');
      await error.waitFor();
      expect((await error.textContent())?.trim()).toBe('NIP/email atau kata sandi salah.');
      expect(await error.getAttribute('role')).toBe('alert');
    }
    await screenshot(page, 'login-wrong-password');
  });

  it('asks the person to wait after too many failed attempts', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/masuk`);

    for (let attempt = 0; attempt < 6; attempt += 1) {
      await page.getByTestId('login-identifier').fill('coba.coba@tunas.test');
      await page.getByTestId('login-password').fill(`tebakan-${attempt}`);
      // Each attempt's answer must arrive before the next: the error shown is the one of the last answer.
      await Promise.all([page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().method() === 'POST'), page.getByTestId('login-submit').click()]);
      await page.getByTestId('login-error').waitFor();
    }

    await page.getByTestId('login-error').filter({ hasText: 'Terlalu banyak percobaan masuk' }).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('login-error').textContent()).toContain('Terlalu banyak percobaan masuk');
  });

  it('keeps the session across a reload and ends it at logout', async () => {
    const { page } = browser;
    await signIn(page, 'pimpinan@tunas.test');

    await page.reload();
    await page.getByTestId('home-supervisor').waitFor();

    await page.getByTestId('account-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(`${baseUrl()}/masuk`);
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL(/\/masuk/);
  });

  it('sends a signed-out visitor to the login page and back to where they were heading', async () => {
    const { page } = browser;

    await page.goto(`${baseUrl()}/admin/pengguna`);
    await page.waitForURL(/\/masuk\?kembali=%2Fadmin%2Fpengguna/);
    await page.getByTestId('login-identifier').fill('admin@tunas.test');
    await page.getByTestId('login-password').fill('Tunas#2026');
    await page.getByTestId('login-submit').click();

    await page.waitForURL(`${baseUrl()}/admin/pengguna`);
    await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor();
  });

  it('keeps the admin screens from people who are not admins', async () => {
    const { page } = browser;
    await signIn(page, 'pelajar@tunas.test');

    await page.goto(`${baseUrl()}/admin/pengguna`);

    await page.getByTestId('home-learner').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
