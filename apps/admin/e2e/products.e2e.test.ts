import path from 'node:path';
import { screenshotsDir } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

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

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(screenshotsDir(), `${name}.png`), fullPage });
}

/** Nothing sticks out of the page sideways (RTL included). */
async function fitsSideways(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

const stockOf = async (sku: string): Promise<number> => {
  const { products } = await s.workspace.as.MANAGER.requestOk('{ products { sku onHand } }');
  return products.find((p: { sku: string }) => p.sku === sku)?.onHand;
};

describe('products: a manager keeps the catalogue and its stock, purchases take from it', () => {
  let customerId = '';

  it('a manager creates a tracked product with names in three languages and receives stock', async () => {
    const { page } = s;
    await s.signIn(s.workspace.emails.MANAGER);
    await page.goto(`${s.server.url}/#/products`);
    await page.click(tid('product-create'));
    await page.fill(tid('product-sku'), 'BEANS-1');
    await page.fill('input[name="name.en"]', 'Coffee beans');
    await page.fill('input[name="name.ru"]', 'Кофе в зёрнах');
    await page.fill('input[name="name.fa"]', 'دانهٔ قهوه');
    await page.fill(tid('product-price'), '12.5');
    await page.fill(tid('product-unit'), 'kg');
    await page.locator(`${tid('product-tracked')} input`).check();
    await page.fill(tid('product-reorder'), '2');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator(tid('product-BEANS-1')).waitFor();
    await page.locator(tid('product-low-BEANS-1')).waitFor();

    await page.click(tid('product-receive-BEANS-1'));
    await page.fill(tid('stock-receive-quantity'), '3');
    await page.fill(tid('stock-receive-note'), 'Supplier delivery');
    await page.click(tid('stock-receive-submit'));
    await expect.poll(() => page.locator(tid('product-stock-BEANS-1')).innerText()).toBe('3 kg');
    expect(await page.locator(tid('product-low-BEANS-1')).count()).toBe(0);
    expect(await stockOf('BEANS-1')).toBe(3);
    expect(s.errors).toEqual([]);
  });

  it('shows the list and the form with its movements in en, ru and fa (screenshots)', async () => {
    const { page } = s;
    for (const locale of ['en', 'ru', 'fa']) {
      await page.goto(`${s.server.url}/#/products`);
      await chooseLocale(page, locale);
      await page.locator(tid('product-BEANS-1')).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      expect(await untranslated(page)).toEqual([]);
      await fitsSideways(page);
      await shot(page, `products-list-${locale}`);
      await page.locator(tid('product-BEANS-1')).click();
      await page.locator(tid('stock-movement')).first().waitFor();
      expect(await page.locator(tid('product-sku')).isDisabled()).toBe(true);
      expect(await untranslated(page)).toEqual([]);
      await fitsSideways(page);
      await shot(page, `products-edit-${locale}`, true);
    }
    await chooseLocale(page, 'en');
  });

  it('a purchase from the card picks the product by SKU and takes it from stock; more than is left is refused, translated', async () => {
    const { page } = s;
    const { createCustomer } = await s.workspace.as.ADMIN.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      { a: { firstName: 'Sara', lastName: 'Ahmadi', mobile: '0912 555 3344' } },
    );
    customerId = createCustomer.id;
    await page.goto(`${s.server.url}/#/customers/${customerId}/show/purchases`);
    await page.locator(tid('purchase-none')).waitFor();

    const buy = async (quantity: string) => {
      await page.click(tid('purchase-open'));
      const dialog = page.locator(tid('purchase-dialog'));
      await dialog.locator(tid('purchase-amount')).fill('25');
      await dialog.locator('.button-add').click();
      await dialog.locator('input[name="items.0.sku"]').fill('beans-1');
      await expect.poll(() => dialog.locator('input[name="items.0.name"]').inputValue()).not.toBe('');
      await dialog.locator('input[name="items.0.quantity"]').fill(quantity);
      await dialog.locator(tid('purchase-submit')).click();
      return dialog;
    };

    const sold = await buy('2');
    await sold.waitFor({ state: 'detached' });
    await page.locator(tid('purchase-row')).first().waitFor();
    expect(await stockOf('BEANS-1')).toBe(1);

    const refused = await buy('2');
    const error = refused.locator(tid('purchase-error'));
    await expect.poll(() => error.innerText()).toContain('in stock');
    expect(await error.innerText()).toContain('BEANS-1');
    await shot(page, 'products-out-of-stock-en');
    await refused.locator('.MuiDialogActions-root button').first().click();
    await refused.waitFor({ state: 'detached' });

    await chooseLocale(page, 'fa');
    const persian = await buy('2');
    await expect.poll(() => persian.locator(tid('purchase-error')).innerText()).toContain('در انبار هست');
    expect(await untranslated(page)).toEqual([]);
    await shot(page, 'products-out-of-stock-fa');
    await persian.locator('.MuiDialogActions-root button').first().click();
    await chooseLocale(page, 'en');
    expect(await stockOf('BEANS-1')).toBe(1);
    expect(s.errors).toEqual([]);
  });

  it('a return names the line it takes back: that stock comes back and the line shows it (screenshots)', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${customerId}/show/purchases`);
    await page.locator(tid('purchase-row')).first().waitFor();
    const open = async () => {
      await page.locator(tid('purchase-return')).first().click();
      const dialog = page.locator(tid('return-dialog'));
      await dialog.locator(tid('return-lines')).waitFor();
      return dialog;
    };
    for (const locale of ['ru', 'fa', 'en'] as const) {
      await chooseLocale(page, locale);
      const dialog = await open();
      await dialog.locator(tid('return-line-1')).fill(locale === 'fa' ? '۱' : '1');
      // One of two at 12.50 each (the catalogue's price the purchase dialog filled in).
      await expect
        .poll(() => dialog.locator(tid('return-lines-worth')).innerText())
        .toMatch(/12[.,]50|۱۲٫۵۰/);
      expect(await untranslated(page)).toEqual([]);
      await shot(page, `return-lines-${locale}`);
      if (locale !== 'en') {
        await dialog.locator('.MuiDialogActions-root button').first().click();
        await dialog.waitFor({ state: 'detached' });
      }
    }
    // More than is left of the line is refused at the line before anything is sent.
    const dialog = page.locator(tid('return-dialog'));
    await dialog.locator(tid('return-line-1')).fill('3');
    await dialog.locator(tid('return-submit')).click();
    await expect.poll(() => dialog.innerText()).toContain('At most 2 is left of this line');
    await dialog.locator(tid('return-line-1')).fill('1');
    await dialog.locator(tid('return-submit')).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await stockOf('BEANS-1')).toBe(2);
    // The purchase lists its line and what came back of it.
    await expect
      .poll(() => page.locator(tid('purchase-item')).first().innerText())
      .toBe('Coffee beans × 2 (1 returned)');
    await shot(page, 'purchase-items-en');
    for (const locale of ['ru', 'fa', 'en'] as const) {
      await chooseLocale(page, locale);
      await expect.poll(() => page.locator(tid('purchase-item')).first().innerText()).toMatch(/[1۱]/);
      if (locale !== 'en') await shot(page, `purchase-items-${locale}`);
    }
    await page.locator(tid('purchase-return')).first().click();
    await expect.poll(() => page.locator(tid('return-lines')).innerText()).toContain('1 back already');
    await page
      .locator(`${tid('return-dialog')} .MuiDialogActions-root button`)
      .first()
      .click();
    expect(s.errors).toEqual([]);
  });

  it('the list reports what each product sold and the stock left, with the low-stock mark (screenshots)', async () => {
    const { page } = s;
    for (const locale of ['en', 'fa']) {
      await page.goto(`${s.server.url}/#/products`);
      await chooseLocale(page, locale);
      await page.locator(tid('product-low-BEANS-1')).waitFor();
      const row = page.locator(tid('product-sales-row-BEANS-1'));
      await row.waitFor();
      const cells = await row.locator('td').allInnerTexts();
      expect(cells[0]).toContain('BEANS-1');
      expect(cells.slice(1)).toEqual(locale === 'en' ? ['1 kg', '12.50', '2 kg'] : ['۱ kg', '۱۲٫۵۰', '۲ kg']);
      expect(await untranslated(page)).toEqual([]);
      await fitsSideways(page);
      await shot(page, `products-sales-${locale}`);
    }
    await chooseLocale(page, 'en');
  });
});
