import type { GraphQLClient } from '@patron/testkit';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession, pickOption } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
  s.page.setDefaultTimeout(15_000);
});
afterAll(async () => s?.close());

const LOCALES = ['en', 'ru', 'fa'] as const;

/** Gold's purchases threshold (500) on its edit page. */
const SAVED_TOTAL = { en: '500.00', ru: '500,00', fa: '۵۰۰٫۰۰' };

async function createCustomer(api: GraphQLClient, firstName: string, mobile: string): Promise<string> {
  const { createCustomer } = await api.requestOk(
    'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
    { a: { firstName, lastName: 'Tehrani', mobile } },
  );
  return createCustomer.id;
}

async function recordPurchase(api: GraphQLClient, customerId: string, amount: number, key: string) {
  await api.requestOk(
    `mutation($c: ID!, $k: String!, $a: Float!) { recordPurchase(input: { customerId: $c, amount: $a,
       paymentStatus: NOT_NEEDED, idempotencyKey: $k }) { id } }`,
    { c: customerId, k: key, a: amount },
  );
}

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

/** A react-admin text or number input by its source. */
const byId = (scope: Page | Locator, source: string) =>
  scope.locator(`input[name="${source}"], textarea[name="${source}"]`);

/** The box around a react-admin input (label, input, helper text) by its source. */
const inputBox = (page: Page, source: string) =>
  page.locator('.MuiTextField-root', { has: page.locator(`input[name="${source}"]`) });

/** Picks an option of a react-admin SelectInput named by its source. */
async function pick(page: Page, source: string, value: string) {
  await pickOption(page, inputBox(page, source).locator('[role="combobox"]'), value);
}

async function inLocale(page: Page, locale: string) {
  await page.goto(`${s.server.url}/#/customers`);
  await chooseLocale(page, locale);
  expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
}

describe('tiers, groups and the loyalty programme in the browser', () => {
  let ali = '';
  let sara = '';
  let reza = '';
  let groupId = '';

  beforeAll(async () => {
    const api = s.workspace.as.ADMIN;
    ali = await createCustomer(api, 'Ali', '0912 444 5511');
    sara = await createCustomer(api, 'Sara', '0912 444 5522');
    await recordPurchase(api, ali, 650, 'ali-1');
    await recordPurchase(api, ali, 100, 'ali-2');
    await recordPurchase(api, sara, 200, 'sara-1');
    reza = await createCustomer(api, 'Reza', '0912 444 5533');
    await recordPurchase(api, reza, 120, 'reza-1');
    await api.requestOk('mutation { recomputeRfm { customersScored } }');
    await s.signIn(s.workspace.emails.ADMIN);
  });

  it('sets the programme rules; a refusal lands under its row’s input', async () => {
    const { page } = s;
    await inLocale(page, 'en');
    await page.click('a[href="#/loyaltyProgramme"]');
    const form = page.locator('[data-testid="programme"]');
    await form.locator('[data-testid="rules-editor"]').waitFor();
    await byId(page, 'rules.cashbackPercent').fill('5');
    // One coin for every full 10 paid, but the "per" is left at zero: the server refuses that row.
    await page.click('[data-testid="rules-add-pointsPerAmount"]');
    await pick(page, 'rules.pointsPerAmount.0.currency', 'coins');
    await byId(page, 'rules.pointsPerAmount.0.points').fill('1');
    await byId(page, 'rules.pointsPerAmount.0.per').fill('0');
    await page.click('[data-testid="rules-add-weekdayMultipliers"]');
    await pick(page, 'rules.weekdayMultipliers.0.weekday', '5');
    await byId(page, 'rules.weekdayMultipliers.0.multiplier').fill('2');
    await page.click('[data-testid="rules-add-birthdayBonus"]');
    await pick(page, 'rules.birthdayBonus.0.currency', 'coins');
    await byId(page, 'rules.birthdayBonus.0.amount').fill('50');
    await byId(page, 'rules.maxSpendPercentPerInvoice').fill('30');
    await page.click('[data-testid="programme-save"]');
    const perError = inputBox(page, 'rules.pointsPerAmount.0.per').locator(
      '.MuiFormHelperText-root.Mui-error',
    );
    await perError.waitFor();
    expect(await perError.textContent()).toBe('A number from 0.01 to 1,000,000,000,000');
    await s.shot('programme-error-en');

    await byId(page, 'rules.pointsPerAmount.0.per').fill('10');
    await page.click('[data-testid="programme-save"]');
    await expect
      .poll(async () => {
        const { loyaltyProgramme } = await s.workspace.as.ADMIN.requestOk('{ loyaltyProgramme { rules } }');
        return loyaltyProgramme.rules;
      })
      .toMatchObject({
        cashbackPercent: 5,
        pointsPerAmount: [{ currency: 'coins', points: 1, per: 10 }],
        weekdayMultipliers: [{ weekday: 5, multiplier: 2 }],
        birthdayBonus: [{ currency: 'coins', amount: 50 }],
        maxSpendPercentPerInvoice: 30,
      });
    expect(s.errors).toEqual([]);
  });

  it('creates a tier in the form and recomputes tiers', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/tiers`);
    await page.locator('[data-testid="tier-policy"]').waitFor();
    await page.click('[data-testid="tier-create"]');
    await byId(page, 'key').fill('gold');
    await byId(page, 'name.en').fill('Gold');
    await byId(page, 'name.ru').fill('Золото');
    await byId(page, 'name.fa').fill('طلایی');
    await byId(page, 'minPurchaseTotal').fill('500');
    await byId(page, 'minPurchaseCount').fill('2');
    await byId(page, 'rules.cashbackPercent').fill('7');
    await page.click('[data-testid="rules-add-productPoints"]');
    await byId(page, 'rules.productPoints.0.sku').fill('COFFEE-1');
    await pick(page, 'rules.productPoints.0.currency', 'xp');
    await byId(page, 'rules.productPoints.0.points').fill('3');
    await s.shot('tier-create-en');
    await page.click('[data-testid="tier-save"]');
    await page.locator('[data-testid="tier-gold"]').waitFor();
    expect(await page.locator('[data-testid="tier-gold"]').textContent()).toBe('Gold');

    const { tiers } = await s.workspace.as.ADMIN.requestOk('{ tiers { key minPurchaseTotal rules } }');
    expect(tiers).toEqual([
      expect.objectContaining({
        key: 'gold',
        minPurchaseTotal: 500,
        rules: expect.objectContaining({
          cashbackPercent: 7,
          productPoints: [{ sku: 'COFFEE-1', currency: 'xp', points: 3 }],
        }),
      }),
    ]);

    await page.click('[data-testid="tiers-recompute"]');
    await expect.poll(() => page.locator('.MuiSnackbar-root').textContent()).toContain('Tiers recomputed');
    expect(s.errors).toEqual([]);
  });

  it('creates a group and puts a customer in it from the card', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/groups`);
    await page.click('[data-testid="group-create"]');
    await byId(page, 'name').fill('VIP club');
    await byId(page, 'description').fill('Invited by the owner');
    await page.click('[data-testid="group-save"]');
    await page.locator('[data-testid="group-name"]', { hasText: 'VIP club' }).waitFor();
    const { groups } = await s.workspace.as.ADMIN.requestOk('{ groups { id name } }');
    groupId = groups.find((g: { name: string }) => g.name === 'VIP club').id;

    for (const id of [ali, sara]) {
      await page.goto(`${s.server.url}/#/customers/${id}/show/loyalty`);
      const panel = page.locator('[data-testid="customer-groups"]');
      await panel.locator('[data-testid="customer-groups-none"]').waitFor();
      await panel.locator('[data-testid="customer-group-pick"]').click();
      await page.click(`[data-testid="customer-group-option-${groupId}"]`);
      await panel.locator('[data-testid="customer-group-add"]').click();
      await panel.locator('[data-testid="customer-group"][data-group="VIP club"]').waitFor();
    }
    await page.goto(`${s.server.url}/#/groups`);
    await expect
      .poll(() => page.locator('[data-testid="group-members"]').first().getAttribute('data-count'))
      .toBe('2');
    expect(s.errors).toEqual([]);
  });

  it('shows the customer’s tier, progress, groups and RFM segment on the card', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${ali}/show/loyalty`);
    const tier = page.locator('[data-testid="customer-tier-name"]');
    // The card's code is downloaded when the card opens: wait for it, then for its value.
    await tier.waitFor();
    await expect.poll(() => tier.getAttribute('data-tier')).toBe('gold');
    expect(await tier.textContent()).toBe('Gold');
    await page.locator('[data-testid="rfm-segment"]').waitFor();
    expect(await page.locator('[data-testid="rfm-score-f"]').getAttribute('data-score')).toMatch(/^[1-5]$/);

    // Sara has bought for 200 of the 500 and once of the twice: a bar per threshold.
    await page.goto(`${s.server.url}/#/customers/${sara}/show/loyalty`);
    await expect
      .poll(() => page.locator('[data-testid="customer-tier-name"]').getAttribute('data-tier'))
      .toBe('');
    const bars = page.locator('[data-testid="tier-progress-bar"]');
    await expect.poll(() => bars.count()).toBe(2);
    expect(await bars.first().getAttribute('data-measure')).toBe('minPurchaseTotal');
    expect(await bars.first().textContent()).toContain('300.00 to go');

    // A manual floor lifts her to Gold at once.
    await page.click('[data-testid="tier-floor"]');
    await page.click('[data-testid="tier-floor-gold"]');
    await expect
      .poll(() => page.locator('[data-testid="customer-tier-name"]').getAttribute('data-tier'))
      .toBe('gold');
    expect(s.errors).toEqual([]);
  });

  it('grants coins to every member of the group through the bulk wizard', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/balanceBatches`);
    const wizard = page.locator('[data-testid="balance-batch"]');
    await wizard.locator('[data-testid="batch-source"]').waitFor();
    await pickOption(page, wizard.locator('.ra-input-currency [role="combobox"]'), 'coins');
    await wizard.locator('input[value="group"]').check();
    await pick(page, 'groupId', groupId);
    await wizard.locator('[data-testid="batch-amount"]').fill('25');
    await wizard.locator('[data-testid="batch-reason"]').fill('VIP evening');
    await wizard.locator('[data-testid="batch-preview"]').click();
    await wizard.locator('[data-testid="batch-preview-step"]').waitFor();
    expect(await wizard.locator('[data-testid="batch-count-toApply"]').getAttribute('data-count')).toBe('2');
    await wizard.locator('[data-testid="batch-confirm"]').click();
    const applied = wizard.locator('[data-testid="batch-applied"]');
    await applied.waitFor({ timeout: 30_000 });
    expect(await applied.getAttribute('data-count')).toBe('2');

    await page.goto(`${s.server.url}/#/customers/${sara}/show/loyalty`);
    const row = page.locator('[data-testid="ledger-row"]', { hasText: 'VIP evening' });
    await row.waitFor();
    expect(await row.locator('[data-testid="ledger-amount"]').textContent()).toBe('+25');
    expect(s.errors).toEqual([]);
  });

  it.each(LOCALES)('every new screen is translated and pictured in %s', async (locale) => {
    const { page } = s;
    await inLocale(page, locale);

    await page.click('a[href="#/loyaltyProgramme"]');
    await page.locator('[data-testid="rules-editor"]').waitFor();
    // Numbers show in the reader's digits (Persian ones in fa).
    await expect
      .poll(() => byId(page, 'rules.cashbackPercent').inputValue())
      .toBe(locale === 'fa' ? '۵' : '5');
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`programme-${locale}`);

    await page.click('a[href="#/tiers"]');
    await page.locator('[data-testid="tier-gold"]').waitFor();
    await page.locator('[data-testid="tier-policy"] input[name="downgradePolicy"]').first().waitFor();
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`tiers-${locale}`);
    await page.click('[data-testid="tier-gold"]');
    await page.locator('[data-testid="rules-editor"]').waitFor();
    await expect.poll(() => byId(page, 'rules.productPoints.0.sku').inputValue()).toBe('COFFEE-1');
    // The threshold as the list shows it: money with two decimals, in the reader's digits.
    expect(await byId(page, 'minPurchaseTotal').inputValue()).toBe(SAVED_TOTAL[locale]);
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`tier-edit-${locale}`);

    await page.click('a[href="#/groups"]');
    await page.locator('[data-testid="group-name"]').first().waitFor();
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`groups-${locale}`);
    await page.locator('[data-testid="group-name"]').first().click();
    await page.locator('[data-testid="group-members-panel"]').waitFor();
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`group-edit-${locale}`);

    await page.goto(`${s.server.url}/#/customers/${ali}/show/loyalty`);
    await page.locator('[data-testid="customer-tier-name"]').waitFor();
    await expect
      .poll(() => page.locator('[data-testid="customer-tier-name"]').getAttribute('data-tier'))
      .toBe('gold');
    await page.locator('[data-testid="rfm-segment"]').waitFor();
    await page.locator('[data-testid="customer-group"]').first().waitFor();
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`customer-loyalty-status-${locale}`);

    // Reza is on his way to Gold: a bar per threshold.
    await page.goto(`${s.server.url}/#/customers/${reza}/show/loyalty`);
    await expect.poll(() => page.locator('[data-testid="tier-progress-bar"]').count()).toBe(2);
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`customer-tier-progress-${locale}`);

    await page.goto(`${s.server.url}/#/balanceBatches`);
    const wizard = page.locator('[data-testid="balance-batch"]');
    await wizard.locator('[data-testid="batch-source"]').waitFor();
    await wizard.locator('input[value="group"]').check();
    await pick(page, 'groupId', groupId);
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`balance-batch-group-${locale}`);
    expect(s.errors).toEqual([]);
  });
});
