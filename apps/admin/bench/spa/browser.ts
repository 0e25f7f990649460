import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Where the first customer rows and the sign-in are noted, on the wall clock shared by both pages. */
const MARKS = `
  window.__patronBench = { submitAt: 0, rowsAt: 0 };
  document.addEventListener('submit', () => { window.__patronBench.submitAt = Date.now(); }, true);
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="customer-table"] tr.RaDatagrid-row')) {
      window.__patronBench.rowsAt = Date.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

interface Marks {
  submitAt: number;
  rowsAt: number;
}

export interface Script {
  url: string;
  bytes: number;
  gzip: number;
}

export interface Weight {
  files: number;
  kb: number;
  gzipKb: number;
}

export const weightOf = (scripts: Script[]): Weight => ({
  files: scripts.length,
  kb: scripts.reduce((s, f) => s + f.bytes, 0) / 1024,
  gzipKb: scripts.reduce((s, f) => s + f.gzip, 0) / 1024,
});

/** A context with an empty cache and no session: what a first visit gets. */
async function coldPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; scripts: Script[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(MARKS);
  const page = await context.newPage();
  const scripts: Script[] = [];
  page.on('response', async (response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(new URL(url).pathname)) return;
    try {
      const body = await response.body();
      scripts.push({ url, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      // A response the page dropped (navigated away) has no body to count.
    }
  });
  return { context, page, scripts };
}

const marks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __patronBench: Marks }).__patronBench);
const rowsShown = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __patronBench: Marks }).__patronBench.rowsAt > 0, null, {
    timeout: 60_000,
  });
/** Lazy chunks a screen asks for just after it shows count too: wait until nothing is fetched for a while. */
const settled = (page: Page) =>
  page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);

async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/#/login`);
  await page.waitForSelector('input[name="username"]', { state: 'visible' });
  await page.fill('input[name="username"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await rowsShown(page);
}

export interface WeightResult {
  login: Weight;
  list: Weight;
  listScripts: Script[];
}

/** The JS a first visit downloads to see the sign-in page, then (signing in) the customer list. */
export async function measureWeight(
  browser: Browser,
  url: string,
  email: string,
  password: string,
): Promise<WeightResult> {
  const { context, page, scripts } = await coldPage(browser);
  try {
    await page.goto(`${url}/#/login`);
    await page.waitForSelector('input[name="username"]', { state: 'visible' });
    await settled(page);
    const login = weightOf([...scripts]);
    await page.fill('input[name="username"]', email);
    await page.fill('input[name="password"]', password);
    await page.click('button[type="submit"]');
    await rowsShown(page);
    await settled(page);
    return { login, list: weightOf(scripts), listScripts: [...scripts] };
  } finally {
    await context.close();
  }
}

export interface TimingRun {
  /** From submitting the sign-in form to the first customer rows on screen. */
  signInMs: number;
  /** A reload of the list by a signed-in user (cache warm): navigation start to rows. */
  reloadMs: number;
}

/** One cold visit: sign in and wait for rows, then reload the list. */
export async function measureRun(
  browser: Browser,
  url: string,
  email: string,
  password: string,
): Promise<TimingRun> {
  const { context, page } = await coldPage(browser);
  try {
    await signIn(page, url, email, password);
    const first = await marks(page);
    await page.reload();
    await rowsShown(page);
    const reloaded = await page.evaluate(() => ({
      rowsAt: (window as unknown as { __patronBench: Marks }).__patronBench.rowsAt,
      origin: performance.timeOrigin,
    }));
    return { signInMs: first.rowsAt - first.submitAt, reloadMs: reloaded.rowsAt - reloaded.origin };
  } finally {
    await context.close();
  }
}
