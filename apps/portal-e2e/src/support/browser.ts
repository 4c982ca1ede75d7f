import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

export const DEMO_PASSWORD = 'Tunas#2026';
export const SCREENSHOT_DIR = resolve(__dirname, '../../../../dist/screenshots');

export interface PortalBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export function baseUrl(): string {
  const url = process.env['TUNAS_BASE_URL'];
  if (!url) {
    throw new Error('TUNAS_BASE_URL is not set (the global setup sets it when it starts the API)');
  }
  return url.replace(/\/$/, '');
}

let shared: Browser | undefined;

/** One Chromium per test file: starting it costs seconds on a busy 2-core machine, a context costs milliseconds. */
async function chromiumForThisFile(): Promise<Browser> {
  if (!shared?.isConnected()) {
    shared = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }
  return shared;
}

// Jest evaluates this module once per test file, so the hook closes each file's Chromium after its tests.
afterAll(async () => {
  await shared?.close();
  shared = undefined;
});

/**
 * A fresh browser context of Debian's Chromium: like a new incognito window, it shares no cookies, storage,
 * IndexedDB, cache or service worker with any other context, so no session carries over between tests.
 */
export async function openBrowser(viewport = { width: 1280, height: 800 }): Promise<PortalBrowser> {
  const context = await (await chromiumForThisFile()).newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page, close: () => context.close() };
}

/**
 * Signs in through the login form and waits for the home page. Password hashing (argon2id) is deliberately slow,
 * and on a busy 2-core machine it queues: the wait for the home page is generous.
 */
export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/masuk`);
  await page.getByTestId('login-identifier').fill(identifier);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${baseUrl()}/`, { timeout: 60_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Waits for the page's running animations to end, so a screenshot or a check sees the settled page. Endless ones
 * (a spinner) are skipped, and one cancelled while we wait (its element left the page) counts as ended.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
