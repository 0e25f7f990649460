import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, TEST_PASSWORD, type TestServer, type TestWorkspace } from '@patron/server/testing';
import { launchBrowser, screenshotsDir } from '@patron/testkit';
import type { Browser, Locator, Page } from 'playwright-core';

const adminDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

export interface BrowserSession {
  server: TestServer;
  workspace: TestWorkspace;
  browser: Browser;
  page: Page;
  errors: string[];
  shot(name: string): Promise<void>;
  /** Signs in, waits for the home page, and opens the customer list. */
  signIn(email: string, password?: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A Patron serving the built SPA, a workspace with staff, and a Chromium page; page errors are
 * collected. `options` go to the server (a secret key, webhooks to a receiver on 127.0.0.1).
 */
export async function openSession(
  options: Omit<Parameters<typeof startTestServer>[0] & object, 'adminDir'> = {},
): Promise<BrowserSession> {
  const server = await startTestServer({ ...options, adminDir });
  const workspace = await server.workspace('Browser club');
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    server,
    workspace,
    browser,
    page,
    errors,
    async shot(name) {
      // react-admin slides its app bar away once the page scrolls (as clicking a button far down
      // does): taken from the top, a full-page screenshot shows the screen as it opens, app bar and all.
      await page.evaluate(() => window.scrollTo(0, 0));
      await settled(page);
      await page.screenshot({ path: path.join(screenshotsDir(), `${name}.png`), fullPage: true });
    },
    async signIn(email, password = TEST_PASSWORD) {
      await page.goto(`${server.url}/#/login`);
      await page.fill('input[name="username"]', email);
      await page.fill('input[name="password"]', password);
      await page.click('button[type="submit"]');
      // The home page: the dashboard for those who hold reports.read, the customer list for others.
      await page.waitForURL(/#\/(dashboard|customers)/);
      // Tests start from the customer list, where everyone may go.
      if (!/#\/customers/.test(page.url())) {
        // Its figures shown: nothing it asked for is still under way when the list opens.
        await page.waitForSelector('[data-testid="dashboard-kpis"]');
        await page.goto(`${server.url}/#/customers`);
        await page.waitForURL(/#\/customers/);
        await page.waitForSelector('[data-testid="customer-table"] tbody tr, [data-testid="customer-count"]');
      }
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Waits until nothing on the page moves: two frames for a scroll or a click to start its transitions
 * (the app bar sliding back, a dialog fading in), then until every finite animation has ended. Endless
 * ones (a spinner) do not count, and a screen that keeps moving (a progress bar following an upload)
 * is taken as it is after 3 s. A fixed pause took 300 ms per screenshot whether anything moved or not.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
          ),
      undefined,
      { polling: 'raf', timeout: 3_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    });
}

/**
 * Opens a select by its combobox and picks the option with this value, then waits for the menu to
 * close. A click that lands while the menu is still opening can leave it open over the dialog; the
 * pick is tried again rather than letting the next click hit the menu.
 */
export async function pickOption(page: Page, combobox: Locator, value: string): Promise<void> {
  const menu = page.locator('[role="listbox"]');
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!(await menu.isVisible())) await combobox.click();
    await page.click(`[role="option"][data-value="${value}"]`);
    const closed = await menu
      .waitFor({ state: 'hidden', timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (closed) return;
  }
  throw new Error(`the menu stayed open after picking ${value}`);
}

/**
 * Switches the staff language and waits until the screen speaks it: react-admin redraws the whole
 * app once the language's texts arrive, which would otherwise wipe what a test does meanwhile.
 */
export async function chooseLocale(page: Page, locale: string): Promise<void> {
  await choose(page, 'locale-switcher', `locale-${locale}`);
  await page.waitForSelector(`html[data-texts="${locale}"]`, { state: 'attached' });
}

/** Picks an option of one of our MUI selects by its test ids. */
export async function choose(page: Page, selectTestId: string, optionTestId: string): Promise<void> {
  await page.click(`[data-testid="${selectTestId}"]`);
  await page.click(`[data-testid="${optionTestId}"]`);
}
