import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let customerId: string;
beforeAll(async () => {
  s = await openSession();
  customerId = (
    await s.workspace.as.OPERATOR.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { attributes: { firstName: 'Darya', mobile: '+989121116001' } } },
    )
  ).createCustomer.id;
  await s.signIn(s.workspace.emails.MANAGER);
});
afterAll(async () => s?.close());

const count = (name: string) =>
  s.page
    .locator(`[data-testid="import-report"] [data-testid="import-count-${name}"]`)
    .getAttribute('data-count');

/** The customer's coins operations as the API reads them: amount and the date each happened. */
async function operations() {
  const { customer } = await s.workspace.as.ANALYST.requestOk(
    `query($id: ID!) { customer(id: $id) { ledger(first: 50, currency: "coins") { edges { node { amount createdAt } } } } }`,
    { id: customerId },
  );
  return customer.ledger.edges.map((e: { node: { amount: number; createdAt: string } }) => e.node);
}

describe('a manager imports points and balance history', () => {
  it.each(['en', 'ru', 'fa'])('maps, previews and imports ledger history in %s', async (locale) => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/imports/create`);
    await chooseLocale(page, locale);
    const wizard = page.locator('[data-testid="import-wizard"]');
    await wizard.locator('[data-testid="import-kind-OPERATIONS"]').check();
    // Headers in the file's own language are matched to the targets by their words.
    const header = {
      en: 'Customer,Currency,Amount,Date,Reason,Operation ID',
      ru: 'Клиент,Валюта,Сумма,Дата,Причина,ID операции',
      fa: 'مشتری,ارز,مبلغ,تاریخ,دلیل,شناسه عملیات',
    }[locale];
    await wizard.locator('[data-testid="import-file"]').setInputFiles({
      name: `points-${locale}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          header,
          // Newest first, as old systems often export: applied oldest first all the same.
          `09121116001,${locale === 'ru' ? 'Баллы' : 'COINS'},-30,${locale === 'fa' ? '۱۴۰۲-۱۱-۲۱' : '2024-02-10'},Coffee,${locale}-2`,
          `09121116001,coins,100,2024-01-05,Welcome,${locale}-1`,
          `09121116001,coins,-1000,2024-03-01,Too much,${locale}-3`,
          `09121119999,coins,10,2024-03-01,,${locale}-4`,
        ].join('\n'),
      ),
    });
    await wizard.locator('[data-testid="import-to-mapping"]').click();
    await wizard.locator('[data-testid="import-mapping"]').waitFor();
    await wizard.locator('[data-testid="import-operation-columns-hint"]').waitFor();
    // History of purchases' earning rules does not apply to ledger operations.
    expect(await wizard.locator('[data-testid="import-earning-rules"]').count()).toBe(0);
    await s.shot(`operation-import-mapping-${locale}`);

    await wizard.locator('[data-testid="import-to-preview"]').click();
    const rows = wizard.locator('[data-testid="import-preview-row"]');
    await rows.first().waitFor();
    expect(await rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-outcome')))).toEqual([
      'NEW',
      'NEW',
      'INVALID',
      'INVALID',
    ]);
    const order = wizard.locator('[data-testid="import-preview-date-order"]');
    expect(await order.textContent()).toMatch(
      { en: /oldest first/, ru: /от старых к новым/, fa: /از قدیمی‌ترین/ }[locale] as RegExp,
    );
    await s.shot(`operation-import-preview-${locale}`);

    await wizard.locator('[data-testid="import-start"]').click();
    const report = wizard.locator('[data-testid="import-report"]');
    await report.waitFor({ timeout: 60_000 });
    expect(await report.getAttribute('data-state')).toBe('DONE');
    expect(await count('created')).toBe('2');
    expect(await count('invalid')).toBe('2');
    await s.shot(`operation-import-report-${locale}`);

    // Written with the dates they happened (the Jalali 1402-11-21 is 2024-02-10).
    const written = (await operations()).slice(0, 2);
    expect(written).toEqual([
      { amount: -30, createdAt: '2024-02-10T12:00:00.000Z' },
      { amount: 100, createdAt: '2024-01-05T12:00:00.000Z' },
    ]);
    expect(s.errors).toEqual([]);
  });
});
