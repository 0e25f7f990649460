import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
  const api = s.workspace.as.MANAGER;
  const people = [
    { firstName: 'Nima', lastName: 'Rahimi', mobile: '0912 333 4411', birthDate: '2024-03-20' },
    { firstName: 'Мария', lastName: 'Иванова', mobile: '+7 916 123-45-67', birthDate: '1990-01-01' },
    { firstName: 'Ann', lastName: '=1+1', birthDate: '1985-07-15' },
  ];
  for (const a of people)
    await api.requestOk('mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }', { a });
  await s.signIn(s.workspace.emails.MANAGER);
});
afterAll(async () => s?.close());

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

/** The file behind the dialog's download link, fetched with the page's own session. */
async function downloaded(page: Page): Promise<string> {
  const href = await page.locator('[data-testid="export-download"]').getAttribute('href');
  return page.evaluate(async (url) => {
    const res = await fetch(url as string);
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  }, href);
}

describe('a manager exports the customer list', () => {
  it.each(['en', 'ru', 'fa'])('as CSV in %s: the dialog, its progress and the file', async (locale) => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    // The language (and for Persian the Jalali calendar) is saved for this staff member: the file follows it.
    await expect
      .poll(async () => (await s.workspace.as.MANAGER.requestOk('{ me { locale } }')).me.locale)
      .toBe(locale.toUpperCase());
    await page.locator('[data-testid="customer-table"]').waitFor();

    await page.click('[data-testid="export-button"]');
    const dialog = page.locator('[data-testid="export-dialog"]');
    await dialog.locator('[data-testid="export-column-birthDate"]').waitFor();
    if (!(await dialog.locator('[data-testid="export-column-birthDate"]').isChecked()))
      await dialog.locator('[data-testid="export-column-birthDate"]').check();
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`export-dialog-${locale}`);

    await dialog.locator('[data-testid="export-run"]').click();
    await dialog.locator('[data-testid="export-download"]').waitFor({ timeout: 30_000 });
    expect(await dialog.locator('[data-testid="export-progress"]').getAttribute('data-state')).toBe('DONE');
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`export-ready-${locale}`);

    const file = await downloaded(page);
    expect(file.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = file.slice(1).trim().split('\r\n');
    const headers = header?.split(',') ?? [];
    const birth = headers.indexOf(
      { en: 'Birth date', ru: 'Дата рождения', fa: 'تاریخ تولد' }[locale] as string,
    );
    expect(birth).toBeGreaterThanOrEqual(0);
    if (locale === 'ru') expect(headers).toContain('Имя');
    const dates = rows.map((r) => r.split(',')[birth]);
    // Nima was born on 2024-03-20, which is 1 Farvardin 1403.
    expect(dates).toContain(locale === 'fa' ? '1403/01/01' : '2024-03-20');
    // A name that looks like a formula is written as text.
    expect(rows.some((r) => r.includes("'=1+1"))).toBe(true);
    await dialog.locator('[data-testid="export-close"]').click();
  });

  it('adjusts the balance of ticked customers from the bulk bar', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, 'en');
    const boxes = page.locator('[data-testid="customer-table"] tbody input[type="checkbox"]');
    await boxes.first().waitFor();
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.click('[data-testid="bulk-adjust-balance"]');
    const dialog = page.locator('[data-testid="bulk-balance-dialog"]');
    await dialog.locator('[data-testid="bulk-balance-amount"]').fill('5');
    await dialog.locator('[data-testid="bulk-balance-reason"]').fill('Thanks');
    await s.shot('bulk-balance-en');
    await dialog.locator('[data-testid="bulk-balance-preview"]').click();
    await dialog.locator('[data-testid="batch-preview-step"]').waitFor();
    expect(await dialog.locator('[data-testid="batch-count-toApply"]').getAttribute('data-count')).toBe('2');
  });
});
