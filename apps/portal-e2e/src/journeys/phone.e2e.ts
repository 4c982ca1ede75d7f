import { type PortalBrowser, openBrowser, screenshot, signIn } from '../support/browser';

describe('on a 360 px phone', () => {
  let browser: PortalBrowser;

  beforeEach(async () => {
    browser = await openBrowser({ width: 360, height: 740 });
  });

  afterEach(async () => {
    await browser.close();
  });

  const scrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

  it('fits the home page without sideways scrolling and opens the navigation as a drawer', async () => {
    const { page } = browser;
    await signIn(page, 'pimpinan@tunas.test');
    await page.getByTestId('home-supervisor').waitFor();

    expect(await page.evaluate(scrollsSideways)).toBe(false);
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    await screenshot(page, 'home-phone-360');

    const menu = page.getByRole('button', { name: 'Buka menu navigasi' });
    await menu.click();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Beranda' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.waitForTimeout(400); // let the drawer finish sliding in for the picture
    await screenshot(page, 'drawer-phone-360');
  });

  it('fits the login page too', async () => {
    const { page } = browser;
    await page.goto(`${process.env['TUNAS_BASE_URL']}/masuk`);
    await page.getByTestId('login-submit').waitFor();

    expect(await page.evaluate(scrollsSideways)).toBe(false);
    await screenshot(page, 'login-phone-360');
  });
});
