import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let customerId: string;
let lateBuyerId: string;
let n = 0;
const key = () => `analytics-e2e-${++n}`;

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const PURCHASE = 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }';
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';
const TIER = 'mutation($input: TierInput!) { createTier(input: $input) { id } }';

/** Noon UTC on the 10th, `back` months before this one; this month, an hour ago. */
const monthsAgo = (back: number) => {
  const now = new Date();
  if (back === 0) return new Date(now.getTime() - 3_600_000).toISOString();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 10, 12)).toISOString();
};

beforeAll(async () => {
  s = await openSession();
  const { ADMIN, OPERATOR } = s.workspace.as;
  const buyer = async (firstName: string, amounts: [number, number][]) => {
    const id = (await OPERATOR.requestOk(CREATE, { input: { attributes: { firstName, mobile: null } } }))
      .createCustomer.id as string;
    for (const [amount, back] of amounts)
      await OPERATOR.requestOk(PURCHASE, {
        input: {
          customerId: id,
          amount,
          purchasedAt: monthsAgo(back),
          paymentStatus: 'PAID',
          idempotencyKey: key(),
        },
      });
    return id;
  };
  await ADMIN.requestOk(TIER, { input: { key: 'bronze', name: { en: 'Bronze', ru: 'Бронза', fa: 'برنز' } } });
  await ADMIN.requestOk(TIER, {
    input: { key: 'silver', name: { en: 'Silver', ru: 'Серебро', fa: 'نقره' }, minPurchaseTotal: 200 },
  });
  customerId = await buyer('Shirin', [
    [120, 5],
    [80, 3],
    [45, 3],
    [150, 1],
    [60, 0],
  ]);
  await buyer('Oleg', [[30, 8]]);
  await ADMIN.requestOk('mutation { recomputeRfm { customersScored } }');
  await buyer('Nima', [[500, 0]]);
  await buyer('Anna', [
    [20, 2],
    [25, 0],
  ]);
  await ADMIN.requestOk('mutation { recomputeRfm { customersScored } }');
  await ADMIN.requestOk('mutation { recomputeTiers { __typename } }');
  // Bought after the last recomputation: has purchases, no RFM score yet.
  lateBuyerId = await buyer('Late', [[70, 0]]);
  await OPERATOR.requestOk(ADJUST, {
    input: { customerId, currency: 'coins', amount: 40, reason: 'Welcome', idempotencyKey: key() },
  });
  await s.signIn(s.workspace.emails.ADMIN);
});
afterAll(async () => s?.close());

const untranslated = async () =>
  (await s.page.evaluate(() => document.body.textContent ?? '')).match(
    /\b(patron|ra|resources)\.[a-z_.]+/gi,
  ) ?? [];

describe('analytics screens', () => {
  it.each(['en', 'ru', 'fa'])(
    'in %s: the analytics tab, tiers with member counts and the RFM charts',
    async (locale) => {
      const { page } = s;
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);

      await page.goto(`${s.server.url}/#/customers/${customerId}/show/analytics`);
      await page.waitForSelector('[data-testid="analytics-purchases-chart"] svg .recharts-bar-rectangle');
      await page.waitForSelector('[data-testid="analytics-balance-chart"] svg');
      await page.waitForSelector('[data-testid="analytics-rfm-chart"] svg');
      expect(await page.textContent('[data-testid="analytics-stage"]')).toBeTruthy();
      await s.shot(`analytics-tab-${locale}`);
      const ticks = await page
        .locator('[data-testid="analytics-purchases-chart"] svg text')
        .allTextContents();
      if (locale === 'fa') {
        // Persian digits and Jalali month names on the axis, time running right to left.
        expect(ticks.join(' ')).toMatch(/[۰-۹]/);
        expect(ticks.join(' ')).not.toMatch(/[0-9]/);
        expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      }
      expect(await untranslated()).toEqual([]);

      // A customer who bought since the last recomputation is "not scored yet", not "no purchases".
      await page.goto(`${s.server.url}/#/customers/${lateBuyerId}/show/loyalty`);
      const none = page.locator('[data-testid="rfm-none"]');
      await expect
        .poll(() => none.textContent())
        .toBe(
          {
            en: 'Not scored yet: RFM scores are recomputed on a schedule',
            ru: 'Ещё не оценён: RFM-оценки пересчитываются по расписанию',
            fa: 'هنوز امتیازی داده نشده: امتیازهای RFM طبق زمان‌بندی دوباره محاسبه می‌شوند',
          }[locale],
        );
      await s.shot(`analytics-rfm-not-yet-${locale}`);
      await page.goto(`${s.server.url}/#/tiers`);
      await page.waitForSelector('[data-testid="tier-members-silver"]');
      // Shirin and Nima bought for 200 or more.
      const members = await page.textContent('[data-testid="tier-members-silver"]');
      expect(members).toBe(locale === 'fa' ? '۲' : '2');
      expect(await untranslated()).toEqual([]);
      await s.shot(`analytics-tiers-${locale}`);

      await page.goto(`${s.server.url}/#/rfm`);
      await page.waitForSelector('[data-testid="rfm-distribution-chart"] svg .recharts-bar-rectangle');
      await page.waitForSelector('[data-testid="rfm-movement-chart"] svg .recharts-bar-rectangle');
      expect(await untranslated()).toEqual([]);
      await s.shot(`analytics-rfm-${locale}`);

      await page.goto(`${s.server.url}/#/workspaceSettings`);
      await page.waitForSelector('input[name="lifecycle.newDays"]');
      // In the reader's digits (Persian ones in fa).
      expect(await page.inputValue('input[name="lifecycle.lostDays"]')).toBe(locale === 'fa' ? '۱۸۰' : '180');
      await s.shot(`analytics-settings-${locale}`);
    },
  );

  it('in fa, the lifecycle rules refuse "lost" before "at risk" under the input, then save', async () => {
    const { page } = s;
    await page.fill('input[name="lifecycle.lostDays"]', '60');
    await page.click('[data-testid="workspace-settings-save"]');
    await page.getByText('«از دست رفته» باید بعد از «در خطر» باشد').waitFor();
    await s.shot('analytics-settings-refused-fa');
    await page.fill('input[name="lifecycle.lostDays"]', '200');
    await page.click('[data-testid="workspace-settings-save"]');
    await page.locator('.MuiSnackbar-root').waitFor();
    const { workspaceSettings } = await s.workspace.as.ADMIN.requestOk(
      '{ workspaceSettings { lifecycle { lostDays } } }',
    );
    expect(workspaceSettings.lifecycle.lostDays).toBe(200);
  });

  it('raised no page errors', () => {
    expect(s.errors).toEqual([]);
  });
});
