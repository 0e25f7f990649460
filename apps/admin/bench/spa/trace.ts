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
  // Long tasks (main thread busy ≥ 50 ms) tell the page's own work apart from waiting for answers.
  await context.addInitScript(`
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([performance.timeOrigin + e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  `);
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
    const tasks = await page.evaluate(
      () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
    );
    for (const [at, duration] of tasks) {
      if (at + duration < submitAt) continue;
      const startMs = Math.round(at - submitAt);
      lines.push({
        what: `(main thread busy ${Math.round(duration)} ms)`,
        startMs,
        endMs: startMs + Math.round(duration),
      });
    }
    return { rowsMs, lines: lines.sort((a, b) => a.startMs - b.startMs) };
  } finally {
    await context.close();
  }
}
