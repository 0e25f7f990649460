import { TEST_PASSWORD } from '@patron/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, choose, chooseLocale, openSession } from './session';

let s: BrowserSession;
let ashkanId: string;
let n = 0;
const key = () => `dashboard-e2e-${++n}`;

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const PURCHASE = 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }';
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const daysAgo = (days: number) => hoursAgo(days * 24);

/**
 * Made by an operator, as at the till: three new customers; in the last 30 days Ashkan bought twice
 * (100 and 50) and Bita once (30: two cakes of the catalogue); Cyrus bought 40 days ago only (the
 * previous period). Ashkan got 40 coins.
 */
beforeAll(async () => {
  s = await openSession();
  const { OPERATOR } = s.workspace.as;
  const customer = async (firstName: string) =>
    (
      await OPERATOR.requestOk(CREATE, {
        input: { attributes: { firstName, lastName: 'Dashboard', mobile: null } },
      })
    ).createCustomer.id as string;
  const buy = (customerId: string, amount: number, purchasedAt: string, items?: unknown[]) =>
    OPERATOR.requestOk(PURCHASE, {
      input: { customerId, amount, purchasedAt, paymentStatus: 'PAID', idempotencyKey: key(), items },
    });
  await s.workspace.as.MANAGER.requestOk(
    'mutation($input: ProductInput!) { createProduct(input: $input) { id } }',
    {
      input: {
        sku: 'CAKE',
        name: { en: 'Cake', ru: 'Торт', fa: 'کیک' },
        kind: 'PRODUCT',
        price: 15,
        unit: 'pcs',
      },
    },
  );
  ashkanId = await customer('Ashkan');
  const bita = await customer('Bita');
  const cyrus = await customer('Cyrus');
  await buy(ashkanId, 100, daysAgo(3));
  await buy(ashkanId, 50, hoursAgo(2));
  await buy(bita, 30, daysAgo(5), [{ sku: 'CAKE', quantity: 2, price: 15 }]);
  await buy(cyrus, 40, daysAgo(40));
  await OPERATOR.requestOk(ADJUST, {
    input: { customerId: ashkanId, currency: 'coins', amount: 40, reason: 'Welcome', idempotencyKey: key() },
  });
});
afterAll(async () => s?.close());

const tid = (id: string) => `[data-testid="${id}"]`;
const text = (page: Page, id: string) => page.locator(tid(id)).first().textContent();
const untranslated = async (page: Page) =>
  (await page.evaluate(() => document.body.textContent ?? '')).match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ??
  [];

/** The next Dashboard query the page sends, and its answer. */
function nextDashboard(page: Page) {
  return page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('query Dashboard'),
  );
}

async function signInAs(page: Page, email: string) {
  await page.goto(`${s.server.url}/#/login`);
  await page.fill('input[name="username"]', email);
  await page.fill('input[name="password"]', TEST_PASSWORD);
  await page.click('button[type="submit"]');
}

describe('the dashboard', () => {
  it('is a manager’s home page and counts what was recorded', async () => {
    const { page } = s;
    await signInAs(page, s.workspace.emails.MANAGER);
    await page.waitForURL(/#\/dashboard/);
    // First in the menu.
    await expect
      .poll(() => page.locator('.RaSidebar-fixed a').first().getAttribute('href'))
      .toBe('#/dashboard');
    await expect.poll(() => text(page, 'kpi-members-value')).toBe('3');
    expect(await text(page, 'kpi-newMembers-value')).toBe('3');
    expect(await text(page, 'kpi-activeMembers-value')).toBe('2');
    expect(await text(page, 'kpi-purchases-value')).toBe('3');
    expect(await text(page, 'kpi-revenue-value')).toBe('180.00');
    expect(await text(page, 'kpi-averagePurchase-value')).toBe('60.00');
    expect(await text(page, 'kpi-repeatCustomers-value')).toBe('1');
    // Live figures from the main database: nothing says how old they are.
    expect(await page.locator(tid('dashboard-as-of')).count()).toBe(0);
    // The 30 days before: Cyrus's purchase, no member yet at the start.
    expect(await text(page, 'kpi-purchases-previous')).toBe('Before: 1');
    expect(await page.locator(tid('kpi-purchases-change')).getAttribute('data-direction')).toBe('up');
    expect(await text(page, 'kpi-purchases-change')).toContain('+200%');
    expect(await page.locator(tid('kpi-revenue-change')).getAttribute('data-direction')).toBe('up');
    // Balances, top customers (linking to the card), charts.
    expect(await text(page, 'dashboard-balance-coins')).toContain('40');
    const top = page.locator(tid('dashboard-top-row'));
    await expect.poll(() => top.count()).toBe(2);
    expect(await top.first().textContent()).toContain('Ashkan');
    expect(await top.first().locator('a').getAttribute('href')).toBe(`#/customers/${ashkanId}/show`);
    // The catalogue's best sellers: two cakes, 30.
    const products = page.locator(tid('dashboard-product-row'));
    await expect.poll(() => products.count()).toBe(1);
    expect(await products.first().locator('td').allInnerTexts()).toEqual(['Cake', '2 pcs', '30.00']);
    await page
      .locator(`${tid('dashboard-members-chart')} svg`)
      .first()
      .waitFor();
    await page
      .locator(`${tid('dashboard-sales-chart')} svg`)
      .first()
      .waitFor();
    expect(await untranslated(page)).toEqual([]);
    for (const locale of ['ru', 'fa', 'en'] as const) {
      await chooseLocale(page, locale);
      await expect
        .poll(() => products.first().locator('td').first().innerText())
        .toBe({ en: 'Cake', ru: 'Торт', fa: 'کیک' }[locale]);
      expect(await untranslated(page)).toEqual([]);
      await page.locator(tid('dashboard-products')).scrollIntoViewIfNeeded();
      await s.shot(`dashboard-products-${locale}`);
    }
    expect(s.errors).toEqual([]);
  });

  it('switches the buckets, keeps the choice over a reload, and allows days up to 400', async () => {
    const { page } = s;
    const days = await (await nextDashboardAfter(page, () => page.reload())).json();
    expect(days.data.dashboard.series.length).toBeGreaterThanOrEqual(30);
    const weekly = nextDashboard(page);
    await page.click(tid('dashboard-granularity-WEEK'));
    const weeks = await (await weekly).json();
    expect(JSON.parse((await weekly).request().postData() ?? '{}').variables.input.granularity).toBe('WEEK');
    expect(weeks.data.dashboard.series.length).toBeLessThanOrEqual(6);
    expect(weeks.data.dashboard.purchases.value).toBe(3);
    await page.waitForURL(/granularity=WEEK/);
    await page.reload();
    await expect
      .poll(() => page.locator(tid('dashboard-granularity-WEEK')).getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(() => text(page, 'kpi-purchases-value')).toBe('3');

    // This year is shown in months by default; days are offered up to 400 days (2024 was a leap year).
    await choose(page, 'dashboard-period', 'dashboard-period-thisYear');
    await expect
      .poll(() => page.locator(tid('dashboard-granularity-MONTH')).getAttribute('aria-pressed'))
      .toBe('true');
    await page.goto(`${s.server.url}/#/dashboard?period=custom&from=2024-01-01&until=2025-02-04`);
    await expect.poll(() => page.locator(tid('dashboard-granularity-DAY')).isDisabled()).toBe(true);
    await page.goto(`${s.server.url}/#/dashboard?period=custom&from=2024-01-01&until=2025-02-03`);
    await expect.poll(() => page.locator(tid('dashboard-granularity-DAY')).isDisabled()).toBe(false);
    expect(s.errors).toEqual([]);
  });

  it('shows a refusal in the staff member’s words', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/dashboard?period=custom&from=2026-02-10&until=2026-02-01`);
    await expect
      .poll(() => text(page, 'dashboard-error'))
      .toBe('The end of the period must come after its start');
    await chooseLocale(page, 'fa');
    await expect.poll(() => text(page, 'dashboard-error')).toBe('پایان بازه باید بعد از آغاز آن باشد');
    await chooseLocale(page, 'en');
  });

  it('downloads the figures as an Excel file', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/dashboard?period=last30`);
    await expect.poll(() => text(page, 'kpi-purchases-value')).toBe('3');
    const exported = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('mutation ExportDashboard'),
    );
    const download = page.waitForEvent('download');
    await page.click(tid('dashboard-export'));
    const file = (await (await exported).json()).data.exportDashboard;
    expect(file.name).toMatch(/\.xlsx$/);
    expect((await download).suggestedFilename()).toBe(file.name);
    // The file itself, with the page's session: a workbook (a zip, "PK").
    const response = await page.request.get(`${s.server.url}${file.downloadPath}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('spreadsheetml');
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
  });

  it.each(['en', 'ru', 'fa'])('reads well in %s', async (locale) => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/dashboard?period=last30&granularity=DAY`);
    await chooseLocale(page, locale);
    await expect.poll(() => text(page, 'kpi-purchases-value')).toBe(locale === 'fa' ? '۳' : '3');
    await page
      .locator(`${tid('dashboard-sales-chart')} svg`)
      .first()
      .waitFor();
    await page
      .locator(`${tid('dashboard-rfm-chart')} svg`)
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
    expect(await untranslated(page)).toEqual([]);
    if (locale === 'fa') {
      // Axis labels in Persian digits and the Jalali calendar.
      const ticks = await page
        .locator(`${tid('dashboard-sales-chart')} .recharts-xAxis-tick-labels text`)
        .allTextContents();
      expect(ticks.join(' ')).toMatch(/[۰-۹]/);
      expect(ticks.join(' ')).not.toMatch(/[0-9]/);
    }
    await s.shot(`dashboard-${locale}`);
    if (locale !== 'en') await chooseLocale(page, 'en');
    expect(s.errors).toEqual([]);
  });

  it('is not offered to an operator', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, s.workspace.emails.OPERATOR);
    await page.waitForURL(/#\/customers/);
    await page.waitForSelector('.RaSidebar-fixed a');
    const menu = await page
      .locator('.RaSidebar-fixed a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(menu).not.toContain('#/dashboard');
    await page.goto(`${s.server.url}/#/dashboard`);
    await page.waitForTimeout(1000);
    expect(await page.locator(tid('dashboard-page')).count()).toBe(0);
    // The server refuses it too.
    const refused = await s.workspace.as.OPERATOR.request(
      'query($i: DashboardInput!) { dashboard(input: $i) { members { value } } }',
      { i: { from: daysAgo(7), to: hoursAgo(0), granularity: 'DAY' } },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await context.close();
  });
});

async function nextDashboardAfter(page: Page, action: () => Promise<unknown>) {
  const next = nextDashboard(page);
  await action();
  return next;
}
