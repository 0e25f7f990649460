import type { Browser } from 'playwright-core';

export interface TraceLine {
  what: string;
  startMs: number;
  endMs: number;
}

/**
 * One cold sign-in with every request after the submit listed (operation name or file, start and end
 * from the submit, ms): where the time between the sign-in and the first rows goes.
 */
export async function traceSignIn(browser: Browser, url: string, email: string, password: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const lines: TraceLine[] = [];
  let submitAt = 0;
  const started = new Map<object, { what: string; at: number }>();
  page.on('request', (request) => {
    if (!submitAt) return;
    const body = request.postData() ?? '';
    const op = /"operationName":"(\w+)"/.exec(body)?.[1];
    const what = op ? `graphql ${op}` : new URL(request.url()).pathname;
    started.set(request, { what, at: Date.now() - submitAt });
  });
  page.on('requestfinished', (request) => {
    const s = started.get(request);
    if (s) lines.push({ what: s.what, startMs: s.at, endMs: Date.now() - submitAt });
  });
  try {
    await page.goto(`${url}/#/login`);
    await page.waitForSelector('input[name="username"]', { state: 'visible' });
    await page.fill('input[name="username"]', email);
    await page.fill('input[name="password"]', password);
    submitAt = Date.now();
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-testid="customer-table"] tr.RaDatagrid-row', { timeout: 60_000 });
    const rowsMs = Date.now() - submitAt;
    return { rowsMs, lines: lines.sort((a, b) => a.startMs - b.startMs) };
  } finally {
    await context.close();
  }
}
