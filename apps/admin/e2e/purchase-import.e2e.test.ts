import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
  await s.workspace.as.OPERATOR.requestOk(
    'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
    { input: { attributes: { firstName: 'Nika', mobile: '+989121115001' } } },
  );
  await s.signIn(s.workspace.emails.MANAGER);
});
afterAll(async () => s?.close());

const count = (name: string) =>
  s.page
    .locator(`[data-testid="import-report"] [data-testid="import-count-${name}"]`)
    .getAttribute('data-count');

describe('a manager imports purchase history', () => {
  it.each(['en', 'ru', 'fa'])('maps, previews and imports purchases in %s', async (locale) => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/imports/create`);
    await chooseLocale(page, locale);
    const wizard = page.locator('[data-testid="import-wizard"]');
    await wizard.locator('[data-testid="import-kind-PURCHASES"]').check();
    await wizard.locator('[data-testid="import-file"]').setInputFiles({
      name: `purchases-${locale}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'Mobile,Date,Amount,Invoice,Items,Return',
          `09121115001,2026-01-02,100,${locale}-1,LATTE:2:30;BUN:1:40,no`,
          `09121115001,2026-01-03,20,${locale}-1,,yes`,
          `09121119999,2026-01-03,10,${locale}-2,,no`,
        ].join('\n'),
      ),
    });
    await wizard.locator('[data-testid="import-to-mapping"]').click();
    await wizard.locator('[data-testid="import-mapping"]').waitFor();
    await wizard.locator('[data-testid="import-purchase-columns-hint"]').waitFor();
    await s.shot(`purchase-import-mapping-${locale}`);

    await wizard.locator('[data-testid="import-to-preview"]').click();
    const rows = wizard.locator('[data-testid="import-preview-row"]');
    await rows.first().waitFor();
    expect(await rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-outcome')))).toEqual([
      'NEW',
      'NEW',
      'INVALID',
    ]);
    await s.shot(`purchase-import-preview-${locale}`);

    await wizard.locator('[data-testid="import-start"]').click();
    const report = wizard.locator('[data-testid="import-report"]');
    await report.waitFor({ timeout: 60_000 });
    expect(await report.getAttribute('data-state')).toBe('DONE');
    expect(await count('created')).toBe('2');
    expect(await count('invalid')).toBe('1');
    await s.shot(`purchase-import-report-${locale}`);
    expect(s.errors).toEqual([]);
  });
});
