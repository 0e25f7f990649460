import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, choose, chooseLocale, openSession } from './session';

let s: BrowserSession;
let customerId = '';

/** Text on the page that is still a message key, or a change shown as raw JSON. */
async function unreadable(): Promise<string[]> {
  const text = (await s.page.locator('[data-testid="customer-history"]').textContent()) ?? '';
  return [...(text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? []), ...(text.match(/[{}]/g) ?? [])];
}

beforeAll(async () => {
  s = await openSession();
  const admin = s.workspace.as.ADMIN;
  await admin.requestOk(
    'mutation($input: ProgrammeInput!) { updateLoyaltyProgramme(input: $input) { timeZone } }',
    {
      input: { timeZone: 'UTC', rules: { pointsPerAmount: [{ currency: 'coins', points: 1, per: 10 }] } },
    },
  );
  await admin.requestOk('mutation($input: TierInput!) { createTier(input: $input) { id } }', {
    input: { key: 'silver', name: { en: 'Silver', ru: 'Серебро', fa: 'نقره‌ای' }, minPurchaseTotal: 100 },
  });
  customerId = (
    await admin.requestOk('mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }', {
      a: { firstName: 'Maryam', lastName: 'Rahimi', mobile: '0912 555 1234' },
    })
  ).createCustomer.id;
  await admin.requestOk(
    'mutation($id: ID!, $a: JSON!) { updateCustomer(id: $id, input: { attributes: $a }) { id } }',
    {
      id: customerId,
      a: { lastName: 'Rahimi-Nejad' },
    },
  );
  const { recordPurchase } = await admin.requestOk(
    'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }',
    {
      input: {
        customerId,
        amount: 250,
        invoiceNumber: 'INV-77',
        paymentStatus: 'PAID',
        idempotencyKey: 'e2e-p1',
      },
    },
  );
  await admin.requestOk('mutation($input: ReturnPurchaseInput!) { returnPurchase(input: $input) { id } }', {
    input: { purchaseId: recordPurchase.id, amount: 50, reason: 'Wrong size', idempotencyKey: 'e2e-r1' },
  });
  await s.signIn(s.workspace.emails.ADMIN);
});
afterAll(async () => s?.close());

describe.each(['en', 'ru', 'fa'])('the history tab in %s', (locale) => {
  it('reads every event in words, with links, and filters by type', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    await page.goto(`${s.server.url}/#/customers/${customerId}/show/history`);
    // The tier follows the purchase after the commit: wait for it.
    await page.locator('[data-testid="history-event"][data-type="TIER_CHANGED"]').waitFor();
    expect(await unreadable()).toEqual([]);
    const returned = page.locator('[data-testid="history-event"][data-type="PURCHASE_RETURNED"]');
    expect(await returned.locator('[data-testid="history-link"]').getAttribute('href')).toBe(
      `#/customers/${customerId}/show/purchases`,
    );
    const tier = await page
      .locator('[data-testid="history-event"][data-type="TIER_CHANGED"] [data-testid="history-change"]')
      .textContent();
    expect(tier).toContain({ en: 'Silver', ru: 'Серебро', fa: 'نقره‌ای' }[locale]);
    await s.shot(`history-${locale}`);

    await choose(page, 'history-type-filter', 'history-type-BALANCE_CHANGED');
    await expect
      .poll(() => page.locator('[data-testid="history-event"]:not([data-type="BALANCE_CHANGED"])').count())
      .toBe(0);
    // While the filtered page loads the list is empty, which also has no other types: wait for its rows.
    await expect.poll(() => page.locator('[data-testid="history-event"]').count()).toBe(2);
    await s.shot(`history-balance-filter-${locale}`);
    expect(s.errors).toEqual([]);
  });
});

describe('erasing from the card', () => {
  it('asks for the name, erases, and the history keeps the events without the values', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${customerId}/show/history`);
    await choose(page, 'history-type-filter', 'history-type-all');
    await page.click('[data-testid="erase-customer"]');
    const confirm = page.locator('[data-testid="erase-confirm"]');
    expect(await confirm.isDisabled()).toBe(true);
    await page.fill('[data-testid="erase-confirm-text"]', 'Maryam');
    expect(await confirm.isDisabled()).toBe(true);
    await page.fill('[data-testid="erase-confirm-text"]', 'Maryam Rahimi-Nejad');
    await s.shot('erase-dialog-fa');
    await confirm.click();
    await page.locator('[data-testid="history-event"][data-type="CUSTOMER_ERASED"]').waitFor();
    const updated = page.locator('[data-testid="history-event"][data-type="CUSTOMER_UPDATED"]');
    expect(await updated.textContent()).not.toContain('Rahimi');
    expect(await page.locator('[data-testid="erase-customer"]').count()).toBe(0);
    expect(await unreadable()).toEqual([]);
    await s.shot('history-erased-fa');
    expect(s.errors).toEqual([]);
  });
});
