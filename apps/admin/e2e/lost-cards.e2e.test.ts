import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => s?.close());

const tid = (id: string) => `[data-testid="${id}"]`;
const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';

/** Texts left untranslated show as their keys. */
async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

describe('lost cards: an operator reports a lost card from the customer card', () => {
  let customerId = '';
  let otherId = '';

  it('records the lost card, gives the new one and the history says so', async () => {
    const { page } = s;
    customerId = (
      await s.workspace.as.OPERATOR.requestOk(CREATE, {
        input: { attributes: { firstName: 'Zahra', lastName: 'Karimi', cardNumber: '6037001' } },
      })
    ).createCustomer.id;
    otherId = (
      await s.workspace.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: 'Oleg' } } })
    ).createCustomer.id;
    await s.signIn(s.workspace.emails.OPERATOR);
    await page.goto(`${s.server.url}/#/customers/${customerId}/show`);
    await page.click(tid('report-lost-card'));
    await page.locator(tid('lost-card-dialog')).waitFor();
    expect(await page.locator(tid('lost-card-current')).innerText()).toContain('6037001');
    // A taken number is refused under its input, in words.
    await s.workspace.as.OPERATOR.requestOk(CREATE, {
      input: { attributes: { firstName: 'T', cardNumber: '6037009' } },
    });
    await page.fill(tid('lost-card-new'), '6037009');
    await page.click(tid('lost-card-submit'));
    await expect
      .poll(() => page.locator(tid('lost-card-dialog')).innerText())
      .toContain('Another customer already has this value');
    await page.fill(tid('lost-card-new'), '6037002');
    await page.fill(tid('lost-card-reason'), 'Lost at the gym');
    await page.click(tid('lost-card-submit'));
    await page.locator(tid('lost-card-dialog')).waitFor({ state: 'detached' });
    await expect.poll(() => page.locator(tid('lost-card')).first().innerText()).toContain('6037001');
    expect(await page.locator(tid('lost-card')).first().innerText()).toContain('Lost at the gym');

    await page.goto(`${s.server.url}/#/customers/${customerId}/show/history`);
    const event = page.locator(`${tid('history-event')}[data-type="CARD_REISSUED"]`);
    await event.waitFor();
    expect(await event.innerText()).toContain('Card 6037001 reported lost; new card 6037002');
    expect(await event.innerText()).toContain('Reason: Lost at the gym');
    expect(s.errors).toEqual([]);
  });

  it('refuses the old number on another customer with the translated text', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${otherId}`);
    await chooseLocale(page, 'ru');
    await page.locator('input[name="cardNumber"]').fill('6037001');
    await page.locator('button[type="submit"]').first().click();
    await expect
      .poll(() => page.evaluate(() => document.body.textContent))
      .toContain('Эта карта заявлена утерянной, её номер больше никому не выдаётся');
    await s.shot('lost-cards-reuse-refused-ru');
    await chooseLocale(page, 'en');
    expect(s.errors).toEqual([]);
  });

  it('refuses it in an edit on the card too, under the input, and keeps the input open', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${otherId}/show`);
    await page.click(tid('inline-edit-cardNumber'));
    const form = page.locator(tid('inline-form-cardNumber'));
    await form.locator('input[name="cardNumber"]').fill('6037001');
    await form.locator('button[type="submit"]').click();
    await expect
      .poll(() => form.innerText())
      .toContain('This card number was reported lost and is never given again');
    expect(await form.locator('input[name="cardNumber"]').inputValue()).toBe('6037001');
    expect(s.errors).toEqual([]);
  });

  it('shows the dialog and the panel in en, ru and fa (screenshots)', async () => {
    const { page } = s;
    // A second loss, so the panel lists two cards.
    await s.workspace.as.OPERATOR.requestOk(
      'mutation($id: ID!) { reportLostCard(customerId: $id, newCardNumber: "6037003", reason: "کیف پول دزدیده شد") { id } }',
      { id: customerId },
    );
    for (const locale of ['en', 'ru', 'fa']) {
      await page.goto(`${s.server.url}/#/customers/${customerId}/show`);
      await chooseLocale(page, locale);
      await expect.poll(() => page.locator(tid('lost-card')).count()).toBe(2);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      expect(await untranslated(page)).toEqual([]);
      await s.shot(`lost-cards-panel-${locale}`);
      await page.click(tid('report-lost-card'));
      await page.locator(tid('lost-card-dialog')).waitFor();
      await page.fill(tid('lost-card-new'), '6037001');
      await page.click(tid('lost-card-submit'));
      await expect
        .poll(() => page.locator(`${tid('lost-card-dialog')} .Mui-error`).count())
        .toBeGreaterThan(0);
      expect(await untranslated(page)).toEqual([]);
      await s.shot(`lost-cards-dialog-${locale}`);
      await page.keyboard.press('Escape');
      await page.locator(tid('lost-card-dialog')).waitFor({ state: 'detached' });
    }
    await chooseLocale(page, 'en');
    expect(s.errors).toEqual([]);
  });
});
