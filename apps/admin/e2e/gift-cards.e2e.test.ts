import path from 'node:path';
import { screenshotsDir } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession, settled } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => s?.close());

const tid = (id: string) => `[data-testid="${id}"]`;
const LOCALES = ['en', 'ru', 'fa'] as const;

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

const coins = (page: Page) =>
  page.locator(`${tid('balance-card')}[data-currency="coins"] ${tid('balance-amount')}`);

describe('gift cards: a manager issues a batch, a card is redeemed on a customer once, another is blocked', () => {
  let codes: string[] = [];
  let customerId = '';

  it('issues a batch of 5 from the Gift cards screen; the list shows the new batch', async () => {
    const { page } = s;
    await s.signIn(s.workspace.emails.MANAGER);
    await page.goto(`${s.server.url}/#/giftCards`);
    await page.click(tid('gift-card-issue'));
    const dialog = page.locator(tid('issue-dialog'));
    await dialog.waitFor();
    await dialog.locator(tid('issue-count')).fill('5');
    await dialog.locator(tid('issue-value')).fill('50');
    await dialog.locator(tid('issue-note')).fill('Nowruz 1405');
    await dialog.locator(tid('issue-submit')).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator(tid('gift-card-code')).count()).toBe(5);
    codes = await page.locator(tid('gift-card-code')).allInnerTexts();
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(await page.locator(tid(`gift-card-status-${codes[0]}`)).textContent()).toBe('Active');
    expect(s.errors).toEqual([]);
  });

  it('blocks one card: its chip says Blocked', async () => {
    const { page } = s;
    await page.click(tid(`gift-card-block-${codes[4]}`));
    await expect.poll(() => page.locator(tid(`gift-card-status-${codes[4]}`)).textContent()).toBe('Blocked');
    await page.locator(tid(`gift-card-unblock-${codes[4]}`)).waitFor();
  });

  it('redeems a card on a customer: the balance grows by its value', async () => {
    const { page } = s;
    const { createCustomer } = await s.workspace.as.MANAGER.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      { a: { firstName: 'Shirin', lastName: 'Ahmadi', mobile: '0912 444 5566' } },
    );
    customerId = createCustomer.id;
    await page.goto(`${s.server.url}/#/customers/${customerId}/show/loyalty`);
    await expect.poll(() => coins(page).textContent()).toBe('0');
    await page.click(tid('redeem-open'));
    const dialog = page.locator(tid('redeem-dialog'));
    // Typed as a till would: lower case, no dashes.
    await dialog.locator(tid('redeem-code')).fill((codes[0] as string).replace(/-/g, '').toLowerCase());
    await dialog.locator(tid('redeem-submit')).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => coins(page).textContent()).toBe('50');
    expect(s.errors).toEqual([]);
  });

  it('refuses the same card again, in the reader’s language, under the code (screenshots)', async () => {
    const { page } = s;
    const refusal = {
      en: 'This gift card was already redeemed on',
      ru: 'Эта подарочная карта уже погашена',
      fa: 'این کارت هدیه در',
    };
    for (const locale of LOCALES) {
      await chooseLocale(page, locale);
      await page.click(tid('redeem-open'));
      const dialog = page.locator(tid('redeem-dialog'));
      await dialog.locator(tid('redeem-code')).fill(codes[0] as string);
      await dialog.locator(tid('redeem-submit')).click();
      const error = dialog.locator('.ra-input-code .MuiFormHelperText-root.Mui-error');
      await error.waitFor();
      expect(await error.textContent()).toContain(refusal[locale]);
      expect(await untranslated(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      await shot(page, `gift-cards-redeem-refused-${locale}`);
      await dialog.locator('.MuiDialogActions-root button').first().click();
      await dialog.waitFor({ state: 'detached' });
    }
    await chooseLocale(page, 'en');
    await expect.poll(() => coins(page).textContent()).toBe('50');
  });

  it('a blocked card is refused too', async () => {
    const { page } = s;
    await page.click(tid('redeem-open'));
    const dialog = page.locator(tid('redeem-dialog'));
    await dialog.locator(tid('redeem-code')).fill(codes[4] as string);
    await dialog.locator(tid('redeem-submit')).click();
    const error = dialog.locator('.ra-input-code .MuiFormHelperText-root.Mui-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('This gift card is blocked');
    await dialog.locator('.MuiDialogActions-root button').first().click();
  });

  it('shows the Gift cards screen and the issue dialog in en, ru and fa (screenshots)', async () => {
    const { page } = s;
    for (const locale of LOCALES) {
      await page.goto(`${s.server.url}/#/giftCards`);
      await chooseLocale(page, locale);
      await page.locator(tid(`gift-card-status-${codes[0]}`)).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      expect(await untranslated(page)).toEqual([]);
      await fitsSideways(page);
      await shot(page, `gift-cards-list-${locale}`);
      await page.click(tid('gift-card-issue'));
      const dialog = page.locator(tid('issue-dialog'));
      await dialog.waitFor();
      expect(await untranslated(page)).toEqual([]);
      await shot(page, `gift-cards-issue-${locale}`);
      await dialog.locator('.MuiDialogActions-root button').first().click();
      await dialog.waitFor({ state: 'detached' });
    }
    await chooseLocale(page, 'en');
    expect(s.errors).toEqual([]);
  });

  it('links a redeemed card to the customer it went to', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/giftCards`);
    await page.click(tid(`gift-card-customer-${codes[0]}`));
    await page.waitForURL(new RegExp(`#/customers/${customerId}/show/loyalty`));
    await expect.poll(() => coins(page).textContent()).toBe('50');
    expect(s.errors).toEqual([]);
  });
});
