import path from 'node:path';
import { TEST_PASSWORD } from '@patron/server/testing';
import { screenshotsDir } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, choose, chooseLocale, openSession, pickOption, settled } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => s?.close());

const tid = (id: string) => `[data-testid="${id}"]`;

/** Texts left untranslated show as their keys. */
async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

async function shot(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: path.join(screenshotsDir(), `${name}.png`) });
}

/** Nothing sticks out of the page sideways (RTL included). */
async function fitsSideways(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('branches: an admin creates one and binds the operator, who records purchases there', () => {
  let customerId = '';

  it('an admin creates a branch with its names in three languages', async () => {
    const { page } = s;
    await s.signIn(s.workspace.emails.ADMIN);
    await s.workspace.as.ADMIN.requestOk(
      'mutation { createBranch(input: { code: "north", name: { en: "North", ru: "Север", fa: "شمال" } }) { id } }',
    );
    await page.goto(`${s.server.url}/#/branches`);
    await page.click(tid('branch-create'));
    await page.fill(`${tid('branch-code')}`, 'Tajrish');
    await page.fill('input[name="name.en"]', 'Tajrish square');
    await page.fill('input[name="name.ru"]', 'Площадь Таджриш');
    await page.fill('input[name="name.fa"]', 'میدان تجریش');
    await page.fill(tid('branch-address'), 'Tajrish square, Shemiran, Tehran');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator(tid('branch-tajrish')).waitFor();
    expect(await page.locator(tid('branch-status-tajrish')).innerText()).toBe('Active');
    expect(s.errors).toEqual([]);
  });

  it('binds the operator to it from the staff screen', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/staff`);
    const row = page.locator('tr', { hasText: s.workspace.emails.OPERATOR });
    await row.locator(tid('staff-change-branch')).click();
    await choose(page, 'staff-branch-choice', 'branch-option-tajrish');
    await page.click(tid('staff-branch-submit'));
    await expect.poll(() => row.locator(tid('staff-branch')).innerText()).toBe('Tajrish square');
  });

  it('shows the Branches screen in en, ru and fa (screenshots)', async () => {
    const { page } = s;
    for (const locale of ['en', 'ru', 'fa']) {
      await page.goto(`${s.server.url}/#/branches`);
      await chooseLocale(page, locale);
      await page.locator(tid('branch-tajrish')).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      expect(await untranslated(page)).toEqual([]);
      await fitsSideways(page);
      await shot(page, `branches-list-${locale}`);
      await page.locator(tid('branch-tajrish')).click();
      await page.locator('input[name="name.fa"]').waitFor();
      expect(await page.locator(tid('branch-code')).isDisabled()).toBe(true);
      expect(await untranslated(page)).toEqual([]);
      await shot(page, `branches-edit-${locale}`);
    }
    await chooseLocale(page, 'en');
  });

  it('the operator records a purchase: the branch is theirs, locked, and shown by name', async () => {
    const { createCustomer } = await s.workspace.as.ADMIN.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      { a: { firstName: 'Darya', lastName: 'Karimi', mobile: '0912 555 1122' } },
    );
    customerId = createCustomer.id;
    const context = await s.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${s.server.url}/#/login`);
    await page.fill('input[name="username"]', s.workspace.emails.OPERATOR);
    await page.fill('input[name="password"]', TEST_PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/customers/);
    await page.goto(`${s.server.url}/#/customers/${customerId}/show/purchases`);
    await page.locator(tid('purchase-none')).waitFor();

    for (const locale of ['en', 'ru', 'fa']) {
      await chooseLocale(page, locale);
      await page.click(tid('purchase-open'));
      const dialog = page.locator(tid('purchase-dialog'));
      const locked = dialog.locator(tid('purchase-branch-locked'));
      await locked.waitFor();
      const name = { en: 'Tajrish square', ru: 'Площадь Таджриш', fa: 'میدان تجریش' }[locale];
      await expect.poll(() => locked.innerText()).toBe(name);
      expect(await locked.getAttribute('class')).toContain('Mui-disabled');
      expect(await untranslated(page)).toEqual([]);
      await shot(page, `branches-purchase-dialog-${locale}`);
      if (locale !== 'en') {
        await dialog.locator('.MuiDialogActions-root button').first().click();
        await dialog.waitFor({ state: 'detached' });
        continue;
      }
      await dialog.locator(tid('purchase-amount')).fill('75');
      await dialog.locator(tid('purchase-invoice')).fill('T-1');
      await dialog.locator(tid('purchase-submit')).click();
      await dialog.waitFor({ state: 'detached' });
      const row = page.locator(tid('purchase-row')).first();
      await row.waitFor();
      expect(await row.locator(tid('purchase-branch')).innerText()).toBe('Tajrish square');
    }
    // The purchase table names the branch in the UI's language.
    const row = page.locator(tid('purchase-row')).first();
    await expect.poll(() => row.locator(tid('purchase-branch')).innerText()).toBe('میدان تجریش');
    await shot(page, 'branches-purchases-table-fa');
    await chooseLocale(page, 'en');
    expect(errors).toEqual([]);
    await context.close();

    const { customer } = await s.workspace.as.ADMIN.requestOk(
      'query($id: ID!) { customer(id: $id) { purchases(first: 5) { edges { node { branch } } } } }',
      { id: customerId },
    );
    expect(customer.purchases.edges).toEqual([{ node: { branch: 'tajrish' } }]);
  });

  it('an unbound admin picks among the active branches', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${customerId}/show/purchases`);
    await page.locator(tid('purchase-row')).first().waitFor();
    await page.click(tid('purchase-open'));
    const dialog = page.locator(tid('purchase-dialog'));
    await dialog.locator(tid('purchase-amount')).fill('20');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Branch' }), 'north');
    await dialog.locator(tid('purchase-submit')).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator(tid('purchase-row')).first().locator(tid('purchase-branch')).innerText())
      .toBe('North');
    expect(s.errors).toEqual([]);
  });
});
