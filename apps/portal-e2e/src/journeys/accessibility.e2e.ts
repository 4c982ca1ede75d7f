import { seriousViolations } from '../support/axe';
import { type PortalBrowser, baseUrl, openBrowser, screenshot, signIn } from '../support/browser';

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let browser: PortalBrowser;

  beforeEach(async () => {
    browser = await openBrowser();
  });

  afterEach(async () => {
    await browser.close();
  });

  it('finds no serious or critical problem on the login page', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/masuk`);
    await page.getByTestId('login-submit').waitFor();

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'login');
  });

  it('finds none on the login page showing an error', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/masuk`);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-identifier').fill('pelajar@tunas.test');
    await page.getByTestId('login-password').fill('salah-sekali');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();

    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each([
    ['pelajar@tunas.test', 'learner'],
    ['admin@tunas.test', 'admin'],
  ])('finds none on the home page of %s', async (email, role) => {
    const { page } = browser;
    await signIn(page, email);
    await page.getByTestId(`home-${role}`).waitFor();

    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets a keyboard user skip straight to the main content', async () => {
    const { page } = browser;
    await signIn(page, 'pelajar@tunas.test');
    // A fresh load, so focus starts at the top of the document (after an in-app navigation it is on <main>).
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('home-learner').waitFor();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Langsung ke konten utama' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });
});
