import { readFile } from 'node:fs/promises';
import type { GraphQLClient } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession, pickOption } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => s?.close());

async function createCustomer(api: GraphQLClient, firstName: string, mobile: string): Promise<string> {
  const { createCustomer } = await api.requestOk(
    'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
    { a: { firstName, lastName: 'Karimi', mobile } },
  );
  return createCustomer.id;
}

const balance = (page: Page, currency: string) =>
  page.locator(`[data-testid="balance-card"][data-currency="${currency}"] [data-testid="balance-amount"]`);

/** Opens the adjust dialog and fills it; the caller submits. */
async function fillAdjustment(page: Page, currency: string, direction: 'add' | 'subtract', amount: string) {
  await page.click('[data-testid="adjust-open"]');
  const dialog = page.locator('[data-testid="adjust-dialog"]');
  await dialog.waitFor();
  await pickOption(page, dialog.locator('.ra-input-currency [role="combobox"]'), currency);
  await dialog.locator(`[data-testid="adjust-${direction}"]`).click();
  await dialog.locator('[data-testid="adjust-amount"]').fill(amount);
  await dialog
    .locator('[data-testid="adjust-reason"]')
    .fill(direction === 'add' ? 'Welcome gift' : 'Too much');
  return dialog;
}

describe('a manager adjusts and reverses a balance in the browser', () => {
  let customerId = '';

  it('opens the customer’s Loyalty tab with every balance at zero', async () => {
    customerId = await createCustomer(s.workspace.as.MANAGER, 'Leila', '0912 111 2233');
    await s.signIn(s.workspace.emails.MANAGER);
    await s.page.goto(`${s.server.url}/#/customers/${customerId}/show/loyalty`);
    await s.page.locator('[data-testid="customer-loyalty"]').waitFor();
    await expect.poll(() => s.page.locator('[data-testid="balance-card"]').count()).toBe(3);
    expect(await balance(s.page, 'coins').textContent()).toBe('0');
    await s.page.locator('[data-testid="ledger-empty"]').waitFor();
    // Currencies are defined by admins only.
    expect(await s.page.locator('a[href="#/currencies"]').count()).toBe(0);
  });

  it('adds 100 coins with a reason: the balance and the operation show it', async () => {
    const { page } = s;
    const dialog = await fillAdjustment(page, 'coins', 'add', '100');
    await dialog.locator('[data-testid="adjust-comment"]').fill('Asked at the front desk');
    await dialog.locator('[data-testid="adjust-submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => balance(page, 'coins').textContent()).toBe('100');
    const row = page.locator('[data-testid="ledger-row"]').first();
    await expect.poll(() => row.getAttribute('data-kind')).toBe('ADJUSTMENT');
    expect(await row.locator('[data-testid="ledger-amount"]').textContent()).toBe('+100');
    expect(await row.textContent()).toContain('Welcome gift');
    expect(await row.textContent()).toContain('Asked at the front desk');
  });

  it('refuses to subtract 500 and says so at the amount field', async () => {
    const { page } = s;
    const dialog = await fillAdjustment(page, 'coins', 'subtract', '500');
    await dialog.locator('[data-testid="adjust-submit"]').click();
    const error = dialog.locator('.ra-input-amount .MuiFormHelperText-root.Mui-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('The balance is too low: 100 Coins available, 500 asked');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await balance(page, 'coins').textContent()).toBe('100');
    expect(await page.locator('[data-testid="ledger-row"]').count()).toBe(1);
  });

  it('reverses the operation: the balance is back to 0 and it cannot be reversed again', async () => {
    const { page } = s;
    await page.click('[data-testid="ledger-reverse"]');
    const dialog = page.locator('[data-testid="reverse-dialog"]');
    await dialog.locator('[data-testid="reverse-reason"]').fill('Given by mistake');
    await dialog.locator('[data-testid="reverse-submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => balance(page, 'coins').textContent()).toBe('0');
    await expect.poll(() => page.locator('[data-testid="ledger-row"]').count()).toBe(2);
    const reversal = page.locator('[data-testid="ledger-row"]').first();
    expect(await reversal.getAttribute('data-kind')).toBe('REVERSAL');
    expect(await reversal.locator('[data-testid="ledger-amount"]').textContent()).toBe('-100');
    expect(await page.locator('[data-testid="ledger-reverse"]').count()).toBe(0);
  });

  it('exports the operations as a UTF-8 CSV with a BOM', async () => {
    const { page } = s;
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="ledger-export"]'),
    ]);
    expect(file.suggestedFilename()).toMatch(/^ledger-Leila Karimi-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Balance after');
    expect(lines[1]).toContain('Reversal');
    expect(lines[1]).toContain(',-100,0,');
    expect(lines[2]).toContain('Welcome gift');
  });

  it('the history tab reads the balance changes in words', async () => {
    const { page } = s;
    await page.click('a[href$="/show/history"]');
    const event = page.locator('[data-testid="history-event"][data-type="BALANCE_CHANGED"]').last();
    await event.waitFor();
    const changes = await event.locator('[data-testid="history-change"]').allTextContents();
    expect(changes).toEqual(['Coins: 0 → 100', 'Adjustment: Welcome gift']);
  });

  it('no page errors happened', () => {
    expect(s.errors).toEqual([]);
  });
});

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

const CURRENCY_TITLE: Record<string, string> = {
  en: 'Currency Coins',
  ru: 'Валюта «Баллы»: изменение',
  fa: 'ویرایش واحد امتیاز «سکه»',
};

/** The default currencies' worth (XP, Coins, Credit) in the currency list. */
const UNIT_VALUES: Record<string, string[]> = {
  en: ['None', '0.01', '1.00'],
  ru: ['Нет', '0,01', '1,00'],
  fa: ['ندارد', '۰٫۰۱', '۱٫۰۰'],
};

describe.each(['en', 'ru', 'fa'])('loyalty screens in %s', (locale) => {
  let customerId = '';

  beforeAll(async () => {
    const api = s.workspace.as.ADMIN;
    customerId = await createCustomer(
      api,
      'Sara',
      `0912 222 33${locale === 'en' ? 44 : locale === 'ru' ? 55 : 66}`,
    );
    const adjust = (currency: string, amount: number, reason: string, extra = '') =>
      api.requestOk(
        `mutation($c: ID!, $k: String!) { adjustBalance(input: { customerId: $c, currency: "${currency}",
           amount: ${amount}, reason: "${reason}", idempotencyKey: $k ${extra} }) { id } }`,
        { c: customerId, k: `${locale}-${currency}-${amount}` },
      );
    const year = new Date().getUTCFullYear() + 1;
    await adjust('coins', 250, 'Birthday bonus', `, comment: "Shop 3", expiresAt: "${year}-03-20T20:30:00Z"`);
    await adjust('credit', 12.5, 'Refund for the late order');
    await adjust('xp', 40, 'First visit');
    const { adjustBalance } = await adjust('coins', -30, 'Coffee');
    await api.requestOk(
      'mutation($o: ID!, $k: String!) { reverseLedgerOperation(input: { operationId: $o, reason: "Entered twice", idempotencyKey: $k }) { id } }',
      { o: adjustBalance.id, k: `${locale}-reverse` },
    );
    // Points for a purchase: the reason names its invoice number, which must not break at a hyphen.
    await api.requestOk(
      'mutation { updateLoyaltyProgramme(input: { rules: { pointsPerAmount: [{ currency: "coins", points: 1, per: 10 }] } }) { timeZone } }',
    );
    await api.requestOk(
      `mutation($c: ID!, $k: String!) { recordPurchase(input: { customerId: $c, amount: 100,
         paymentStatus: NOT_NEEDED, invoiceNumber: "D-19-4", idempotencyKey: $k }) { id } }`,
      { c: customerId, k: `${locale}-purchase` },
    );
    // A balance column in the customer list.
    await api.requestOk(
      'mutation { updateMyCustomerColumns(columns: [{ key: "firstName" }, { key: "balance_coins" }, { key: "balance_credit" }]) { id } }',
    );
  });

  it('is translated, in the right direction, and saved as screenshots', async () => {
    const { page } = s;
    if (locale === 'en') {
      // The manager of the story above signs out; currencies are for admins.
      await page.context().clearCookies();
      await s.signIn(s.workspace.emails.ADMIN);
    }
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    const dir = locale === 'fa' ? 'rtl' : 'ltr';

    await page.goto(`${s.server.url}/#/customers/${customerId}/show/loyalty`);
    await expect.poll(() => page.locator('[data-testid="ledger-row"]').count()).toBe(6);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
    expect(await balance(page, 'coins').textContent()).toBe(locale === 'fa' ? '۲۶۰' : '260');
    // The invoice number is one left-to-right unit, on one line.
    const invoice = page.locator('[data-testid="ledger-invoice"]');
    expect(await invoice.textContent()).toBe('D-19-4');
    expect((await invoice.boundingBox())?.height).toBeLessThan(24);
    // The table fits the card: no column, not the reverse button, hides behind a scroll bar.
    const table = page.locator('[data-testid="ledger-table"]');
    expect(await table.evaluate((t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0))).toBe(true);
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`loyalty-${locale}`);

    await page.click('[data-testid="adjust-open"]');
    const dialog = page.locator('[data-testid="adjust-dialog"]');
    await pickOption(page, dialog.locator('.ra-input-currency [role="combobox"]'), 'coins');
    // An addition may expire: the day is picked in the user's calendar.
    await dialog.locator('input[name="expiresOn"]').waitFor({ state: 'attached' });
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`loyalty-adjust-${locale}`);
    await dialog.locator('[data-testid="adjust-subtract"]').click();
    expect(await dialog.locator('input[name="expiresOn"]').count()).toBe(0);
    await dialog.locator('[data-testid="adjust-amount"]').fill('5000');
    await dialog.locator('[data-testid="adjust-reason"]').fill('Too much');
    await dialog.locator('[data-testid="adjust-submit"]').click();
    const error = dialog.locator('.ra-input-amount .MuiFormHelperText-root.Mui-error');
    await error.waitFor();
    if (locale !== 'en') expect(await error.textContent()).not.toMatch(/[a-z]{3}/i);
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`loyalty-adjust-error-${locale}`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The "form is not valid" notice fades by itself; the next screenshots are taken without it.
    await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached', timeout: 10_000 });

    await page.goto(`${s.server.url}/#/customers/${customerId}/show/history`);
    await page.locator('[data-testid="history-event"][data-type="BALANCE_CHANGED"]').first().waitFor();
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`customer-history-balance-${locale}`);

    await page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
    const cell = page.locator('[data-testid="customer-table"] td.column-balance_coins').first();
    await cell.waitFor();
    await expect.poll(() => cell.textContent()).toMatch(/[0-9۰-۹]/);
    await s.shot(`customers-balances-${locale}`);

    await page.goto(`${s.server.url}/#/currencies`);
    await page.locator('[data-testid="currency-coins"]').waitFor();
    // What a unit is worth reads as money; XP, worth nothing, says so rather than a bare 0.
    const worth = await page.locator('[data-testid^="currency-value-"]').allTextContents();
    expect(worth).toEqual(UNIT_VALUES[locale]);
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`currencies-${locale}`);
    await page.click('[data-testid="currency-coins"]');
    await page.waitForSelector('input[name="unitValue"]');
    expect(await page.locator('input[name="key"]').getAttribute('readonly')).not.toBeNull();
    // A decimal comma in Russian, as in the list; Persian digits in fa.
    const unitValue = await page.locator('input[name="unitValue"]').inputValue();
    if (locale === 'ru') expect(unitValue).not.toMatch(/\./);
    if (locale === 'fa') expect(unitValue).not.toMatch(/[0-9.]/);
    // Titled by the currency's name in the language, not its key (coins).
    await expect.poll(() => page.locator('#react-admin-title').textContent()).toBe(CURRENCY_TITLE[locale]);
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`currency-edit-${locale}`);
    await page.goto(`${s.server.url}/#/currencies/create`);
    await page.waitForSelector('input[name="key"]');
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`currency-create-${locale}`);
    expect(s.errors).toEqual([]);
  });
});

describe('an admin defines a currency', () => {
  it('creates it with names in three languages; key and decimals are fixed afterwards', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, 'en');
    await page.goto(`${s.server.url}/#/currencies/create`);
    await page.fill('input[name="key"]', 'stars');
    await page.fill('input[name="name.en"]', 'Stars');
    await page.fill('input[name="name.ru"]', 'Звёзды');
    await page.fill('input[name="name.fa"]', 'ستاره');
    await page.fill('input[name="decimals"]', '1');
    await page.fill('input[name="unitValue"]', '0.5');
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/currencies$/);
    await page.locator('[data-testid="currency-stars"]').waitFor();
    const { currencies } = await s.workspace.as.ADMIN.requestOk('{ currencies { key decimals unitValue } }');
    expect(currencies.find((c: { key: string }) => c.key === 'stars')).toEqual({
      key: 'stars',
      decimals: 1,
      unitValue: 0.5,
    });
    // The same key again is refused at the key field.
    await page.goto(`${s.server.url}/#/currencies/create`);
    await page.fill('input[name="key"]', 'stars');
    await page.fill('input[name="name.en"]', 'More stars');
    await page.click('button[type="submit"]');
    const error = page.locator('.ra-input-key .MuiFormHelperText-root.Mui-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Another currency already has this key');
    expect(s.errors).toEqual([]);
  });
});
