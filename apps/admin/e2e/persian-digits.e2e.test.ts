import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

/**
 * Numbers and dates typed in Persian: a number field and a Jalali birth date take Persian and
 * Arabic-Indic digits and show Persian ones, and the customer is stored with Latin numbers and the
 * Gregorian day; the filter builder's "in the next N days" takes Persian digits too.
 */
let s: BrowserSession;
const tid = (id: string) => `[data-testid="${id}"]`;

beforeAll(async () => {
  s = await openSession();
  await s.workspace.as.ADMIN.requestOk(
    `mutation { createAttributeDefinition(input: { key: "visits", type: NUMBER, group: "main",
       label: { en: "Visits", fa: "بازدیدها" } }) { id } }`,
  );
  await s.signIn(s.workspace.emails.ADMIN);
  s.page.setDefaultTimeout(15_000);
});
afterAll(async () => s?.close());

describe('Persian digits', () => {
  it('creates a customer from Persian and Arabic-Indic digits', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/create`);
    await chooseLocale(page, 'fa');
    await page.fill('input[name="firstName"]', 'Sara');
    await page.fill('input[name="visits"]', '۱۲۵');
    const birth = page.locator('input[name="birthDate"]').locator('..');
    await birth.locator('.MuiPickersSectionList-root').click();
    await page.keyboard.press('Control+a');
    // The year in Persian digits, the month and day in Arabic-Indic ones.
    await page.keyboard.type('۱۳۷۰٠١٠١');
    await page.locator('input[name="visits"]').click();
    expect(await page.locator('input[name="visits"]').inputValue()).toBe('۱۲۵');
    expect(await birth.locator('.MuiPickersSectionList-root').textContent()).toContain('۱۳۷۰');
    await s.shot('persian-digits-create-fa');
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/show/);
    const id = page.url().match(/customers\/([^/]+)\/show/)?.[1];
    const { customer } = await s.workspace.as.ADMIN.requestOk(
      'query($id: ID!) { customer(id: $id) { attributes } }',
      { id },
    );
    expect(customer.attributes).toMatchObject({ visits: 125, birthDate: '1991-03-21' });
  });

  it('counts birthdays in the next ۳۰ days', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
    await page.click(tid('filter-toggle'));
    const row = page.locator(tid('filter-condition')).first();
    await row.locator(tid('filter-field')).click();
    await page.click(tid('filter-field-option-birthDate'));
    await row.locator(tid('filter-operator')).click();
    await page.click(tid('filter-operator-option-ANNIVERSARY_NEXT_DAYS'));
    await row.locator(tid('filter-value')).fill('۳۰');
    await page.waitForSelector(`${tid('filter-live-count')}:not([data-count=""])`);
    await row.locator(tid('filter-operator')).click();
    await page.keyboard.press('Escape');
    expect(await row.locator(tid('filter-value')).inputValue()).toBe('۳۰');
    await s.shot('persian-digits-filter-fa');
    await chooseLocale(page, 'en');
    expect(s.errors).toEqual([]);
  });
});
