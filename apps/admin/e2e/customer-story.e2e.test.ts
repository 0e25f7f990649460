import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let customerId = '';
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => s?.close());

describe('a manager’s day, end to end in the browser', () => {
  it('signs in', async () => {
    await s.page.goto(`${s.server.url}/#/login`);
    await s.page.waitForSelector('input[name="username"]');
    await s.shot('login-en');
    await s.signIn(s.workspace.emails.ADMIN);
    // The form goes to the list's address at once; the menu follows when the layout renders.
    await s.page.locator('text=Customers').first().waitFor();
  });

  it('an admin defines a custom attribute; it appears in the list, the form and the card', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/attributeDefinitions/create`);
    await page.fill('input[name="key"]', 'nickname');
    await page.fill('input[name="label.en"]', 'Nickname');
    await page.fill('input[name="label.ru"]', 'Прозвище');
    await page.fill('input[name="label.fa"]', 'لقب');
    await page.click('input[name="shownInList"]');
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/attributeDefinitions$/);
    await page.waitForSelector('text=nickname');
    await s.shot('attributes-en');
  });

  it('creates a customer with the custom attribute and a birth date', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/create`);
    await page.fill('input[name="firstName"]', 'Zahra');
    await page.fill('input[name="lastName"]', 'Ahmadi');
    await page.fill('input[name="mobile"]', '0912 345 6789');
    await page.fill('input[name="nickname"]', 'Ace');
    await s.shot('customer-create-en');
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/customers\/[0-9a-f-]+\/show/);
    customerId = /customers\/([0-9a-f-]+)\/show/.exec(page.url())?.[1] ?? '';
    await page.waitForSelector('text=+989123456789');
    expect(await page.locator('text=Ace').count()).toBeGreaterThan(0);

    await page.goto(`${s.server.url}/#/customers`);
    await page.waitForSelector('th:has-text("Nickname")');
    await page.waitForSelector('td:has-text("Ace")');
    await s.shot('customers-en');
  });

  it('edits it, and the history shows old → new', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${customerId}`);
    await page.waitForSelector('input[name="nickname"]');
    await page.fill('input[name="nickname"]', 'Ace of clubs');
    await page.fill('input[name="city"]', 'Tehran');
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/show/);
    await s.shot('customer-card-en');
    await page.click('a[href$="/show/history"]');
    const change = page.locator('[data-testid="history-change"]', { hasText: 'Nickname' }).first();
    await change.waitFor();
    expect(await change.textContent()).toContain('Nickname: Ace → Ace of clubs');
    expect(await page.locator('[data-testid="history-event"]').count()).toBe(2);
    await s.shot('customer-history-en');
  });

  it('switches to Persian: right-to-left, and the birth date in the Jalali calendar', async () => {
    const { page } = s;
    const id = customerId;
    await s.workspace.as.ADMIN.requestOk(
      'mutation($id: ID!) { updateCustomer(id: $id, input: { attributes: { birthDate: "1990-05-17" } }) { id } }',
      {
        id,
      },
    );
    await chooseLocale(page, 'fa');
    await page.goto(`${s.server.url}/#/customers/${id}/show/demography`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const birth = page.locator('text=اردیبهشت').first();
    await birth.waitFor({ timeout: 5000 });
    expect(await birth.textContent()).toContain('۱۳۶۹');
    await s.shot('customer-card-fa');
  });

  it('takes a Jalali date as input and stores the Gregorian day', async () => {
    const { page } = s;
    const id = customerId;
    await page.goto(`${s.server.url}/#/customers/${id}`);
    // MUI X fields edit sections (year, month, day), not an <input>: click the field, then type digits.
    const field = page.locator('input[name="birthDate"]').locator('..');
    await field.waitFor();
    await field.locator('.MuiPickersSectionList-root').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('13700101');
    await s.shot('customer-edit-fa');
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/show/);
    const result = await s.workspace.as.ADMIN.requestOk(
      'query($id: ID!) { customer(id: $id) { attributes } }',
      { id },
    );
    expect(result.customer.attributes.birthDate).toBe('1991-03-21');
  });

  it('no page errors happened', () => {
    expect(s.errors).toEqual([]);
  });
});
