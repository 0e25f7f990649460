import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
  await s.workspace.as.ADMIN.requestOk(
    `mutation { updateLoyaltyProgramme(input: { rules: {
      cashbackPercent: 5, pointsPerAmount: [{ currency: "coins", points: 1, per: 10 }],
      maxSpendPercentPerInvoice: 50 } }) { timeZone } }`,
  );
});
afterAll(async () => s?.close());

async function createCustomer(firstName: string, mobile: string): Promise<string> {
  const { createCustomer } = await s.workspace.as.ADMIN.requestOk(
    'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
    { a: { firstName, lastName: 'Petrova', mobile } },
  );
  return createCustomer.id;
}

async function giveCredit(customerId: string, amount: number, key: string): Promise<void> {
  await s.workspace.as.ADMIN.requestOk(
    `mutation($c: ID!, $k: String!) { adjustBalance(input: { customerId: $c, currency: "credit",
       amount: ${amount}, reason: "Gift", idempotencyKey: $k }) { id } }`,
    { c: customerId, k: key },
  );
}

/** Texts left untranslated show as their keys. */
async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

describe('an operator records and returns a purchase in the browser', () => {
  let customerId = '';

  it('records a purchase paid partly with credit: the earnings show on the purchase', async () => {
    customerId = await createCustomer('Anna', '0912 333 4455');
    await giveCredit(customerId, 40, 'story-credit');
    const { page } = s;
    await s.signIn(s.workspace.emails.OPERATOR);
    await page.goto(`${s.server.url}/#/customers/${customerId}/show/purchases`);
    await page.locator('[data-testid="purchase-none"]').waitFor();
    await page.click('[data-testid="purchase-open"]');
    const dialog = page.locator('[data-testid="purchase-dialog"]');
    await dialog.locator('[data-testid="purchase-amount"]').fill('120');
    await dialog.locator('[data-testid="purchase-invoice"]').fill('A-77');
    await dialog.locator('[data-testid="purchase-branch"]').fill('Arbat');
    await dialog.locator('[data-testid="purchase-spend-credit"]').fill('20');
    await dialog.locator('[data-testid="purchase-submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator('[data-testid="purchase-row"]').first();
    await row.waitFor();
    expect(await row.locator('[data-testid="purchase-total"]').textContent()).toBe('120.00');
    // Paid 100: 5 credit cashback and 10 coins.
    const earned = await row.locator('[data-testid="purchase-earned"]').innerText();
    expect(earned).toContain('+5.00 Credit');
    expect(earned).toContain('+10 Coins');
    await expect
      .poll(() => page.locator('[data-testid="purchase-summary-count"]').innerText())
      .toContain('1');
  });

  it('checks an item quantity in the form instead of sending what was not typed', async () => {
    const { page } = s;
    await page.click('[data-testid="purchase-open"]');
    const dialog = page.locator('[data-testid="purchase-dialog"]');
    await dialog.locator('[data-testid="purchase-amount"]').fill('30');
    await dialog.locator('.button-add').first().click();
    await dialog.locator('input[name="items.0.name"]').fill('Scarf');
    await dialog.locator('input[name="items.0.quantity"]').fill('abc');
    await dialog.locator('[data-testid="purchase-submit"]').click();
    await dialog.getByText('Enter an amount greater than zero').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="purchase-row"]').count()).toBe(1);
  });

  it('refuses paying more than half the invoice with credit, at the credit field', async () => {
    const { page } = s;
    await page.click('[data-testid="purchase-open"]');
    const dialog = page.locator('[data-testid="purchase-dialog"]');
    await dialog.locator('[data-testid="purchase-amount"]').fill('30');
    await dialog.locator('[data-testid="purchase-spend-credit"]').fill('20');
    await dialog.locator('[data-testid="purchase-submit"]').click();
    const error = dialog.locator('[data-testid="purchase-error"]');
    await error.waitFor();
    expect(await error.textContent()).toBe('At most 15.00 of this invoice can be paid with balances (50%)');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="purchase-row"]').count()).toBe(1);
  });

  it('returns half: the purchase shows what came back and the balances follow', async () => {
    const { page } = s;
    await page.click('[data-testid="purchase-return"]');
    const dialog = page.locator('[data-testid="return-dialog"]');
    await dialog.locator('[data-testid="return-amount"]').fill('60');
    await dialog.locator('[data-testid="return-reason"]').fill('Wrong size');
    await dialog.locator('[data-testid="return-submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('[data-testid="purchase-returned"]').first().textContent())
      .toBe('Returned: 60.00');
    const { customer } = await s.workspace.as.ADMIN.requestOk(
      'query($id: ID!) { customer(id: $id) { balances { currency { key } amount } purchaseSummary { total } } }',
      { id: customerId },
    );
    const amount = (key: string) =>
      customer.balances.find((b: { currency: { key: string } }) => b.currency.key === key).amount;
    // 40 − 20 spent + 5 cashback; half returned: +10 credit back, −2.5 cashback, −5 coins.
    expect(amount('credit')).toBe(32.5);
    expect(amount('coins')).toBe(5);
    expect(customer.purchaseSummary.total).toBe(60);
    expect(s.errors).toEqual([]);
  });
});

describe.each(['en', 'ru', 'fa'])('the purchases tab in %s', (locale) => {
  let customerId = '';

  beforeAll(async () => {
    customerId = await createCustomer(
      'Maryam',
      `0912 444 55${locale === 'en' ? 11 : locale === 'ru' ? 22 : 33}`,
    );
    await giveCredit(customerId, 10, `${locale}-credit`);
    const record = (amount: number, status: string, key: string, extra = '') =>
      s.workspace.as.ADMIN.requestOk(
        `mutation($c: ID!, $k: String!) { recordPurchase(input: { customerId: $c, amount: ${amount},
           paymentStatus: ${status}, invoiceNumber: "F-${key}", branch: "Tajrish", idempotencyKey: $k ${extra} }) { id } }`,
        { c: customerId, k: `${locale}-${key}` },
      );
    await record(250.5, 'PAID', '1', ', spend: [{ currency: "credit", amount: 10 }]');
    await record(80, 'PENDING', '2');
  });

  it('is translated, in the right direction, and saved as screenshots', async () => {
    const { page } = s;
    if (locale === 'en') {
      await page.context().clearCookies();
      await s.signIn(s.workspace.emails.MANAGER);
    }
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    await page.goto(`${s.server.url}/#/customers/${customerId}/show/purchases`);
    await expect.poll(() => page.locator('[data-testid="purchase-row"]').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
    expect(
      await page
        .locator('[data-testid="purchase-row"][data-status="PENDING"] [data-testid="purchase-paid"]')
        .count(),
    ).toBe(1);
    expect(await untranslated(page)).toEqual([]);
    if (locale === 'fa')
      expect(await page.locator('[data-testid="purchase-summary-total"]').innerText()).toMatch(/[۰-۹]/);
    await s.shot(`purchases-${locale}`);
    await page.click('[data-testid="purchase-open"]');
    const dialog = page.locator('[data-testid="purchase-dialog"]');
    await dialog.waitFor();
    // Amounts typed show in the language's digits and decimal point.
    await dialog.locator('[data-testid="purchase-amount"]').fill('30.5');
    await dialog.locator('[data-testid="purchase-spend-credit"]').fill('20');
    const shown = locale === 'fa' ? ['۳۰٫۵', '۲۰'] : locale === 'ru' ? ['30,5', '20'] : ['30.5', '20'];
    expect(await dialog.locator('[data-testid="purchase-amount"]').inputValue()).toBe(shown[0]);
    expect(await dialog.locator('[data-testid="purchase-spend-credit"]').inputValue()).toBe(shown[1]);
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`purchase-dialog-${locale}`);
    // The day's calendar: weekday letters over the columns (Persian ones in fa), not digits.
    await dialog.locator('.MuiInputAdornment-root button').first().click();
    const heads = page.getByRole('columnheader');
    await expect.poll(() => heads.count()).toBe(7);
    const letters = await heads.allInnerTexts();
    if (locale === 'fa') expect(letters).toEqual(['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج']);
    expect(letters.join('')).not.toMatch(/[0-9۰-۹]/);
    await s.shot(`purchase-date-picker-${locale}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => heads.count()).toBe(0);
    await dialog.getByRole('button').first().press('Escape');
    await page.locator('[data-testid="purchase-dialog"]').waitFor({ state: 'detached' });
  });
});
