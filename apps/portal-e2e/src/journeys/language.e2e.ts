import { type PortalBrowser, baseUrl, openBrowser, signIn } from '../support/browser';

describe('the language switch', () => {
  let browser: PortalBrowser;

  beforeEach(async () => {
    browser = await openBrowser();
  });

  afterEach(async () => {
    await browser.close();
  });

  it('starts in Bahasa Indonesia and switches the login page to English, remembered after a reload', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/masuk`);
    await page.getByRole('heading', { level: 1, name: 'Masuk ke Tunas' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('id');

    await page.getByRole('button', { name: 'English' }).click();

    await page.getByRole('heading', { level: 1, name: 'Sign in to Tunas' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toBe('Sign in · Tunas');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Tunas' }).waitFor();
  });

  it('switches the home page of a signed-in person back and forth', async () => {
    const { page } = browser;
    await signIn(page, 'pelatih@tunas.test');
    const trainer = page.getByTestId('home-trainer');
    await trainer.getByRole('heading', { name: 'Pelatih' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await trainer.getByRole('heading', { name: 'Trainer' }).waitFor();
    expect(await trainer.textContent()).toContain('Courses I teach');

    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await trainer.getByRole('heading', { name: 'Pelatih' }).waitFor();
    expect(await trainer.textContent()).toContain('Kursus yang saya ajar');
  });
});
