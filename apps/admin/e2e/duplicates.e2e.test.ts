import type { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
  s.page.setDefaultTimeout(15_000);
});
afterAll(async () => s?.close());

const CREATE = `mutation($a: JSON!, $d: OnDuplicate) { createCustomer(input: { attributes: $a, onDuplicate: $d }) { id } }`;

async function customer(api: GraphQLClient, attributes: Record<string, unknown>, onDuplicate?: string) {
  return (await api.requestOk(CREATE, { a: attributes, d: onDuplicate })).createCustomer.id as string;
}

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(): Promise<string[]> {
  const text = await s.page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

const names: Record<string, [string, string]> = {
  en: ['Reza Ahmadi', 'Reza A.'],
  ru: ['Дмитрий Орлов', 'Дима Орлов'],
  fa: ['رضا احمدی', 'رضا ا.'],
};

describe('duplicates, merge and unmerge in the browser', () => {
  beforeAll(async () => {
    await s.signIn(s.workspace.emails.MANAGER);
  });

  it.each(['en', 'ru', 'fa'] as const)(
    'merges a pair from the duplicates screen and undoes it in %s',
    async (locale) => {
      const api = s.workspace.as.ADMIN;
      const [first, second] = names[locale] as [string, string];
      const email = `${locale}-person@dup.test`;
      const [firstName, lastName] = first.split(' ');
      const main = await customer(api, {
        firstName,
        lastName,
        email,
        mobile: `+98912555${locale === 'en' ? '1' : locale === 'ru' ? '2' : '3'}001`,
        source: 'loyalty',
      });
      const [f2, l2] = second.split(' ');
      const other = await customer(api, {
        firstName: f2,
        lastName: l2,
        email,
        source: 'ticketing',
        subSource: 'Derby',
      });
      await api.requestOk(
        `mutation($c: ID!, $k: String!) { recordPurchase(input: { customerId: $c, amount: 120,
         paymentStatus: NOT_NEEDED, idempotencyKey: $k }) { id } }`,
        { c: other, k: `dup-${locale}` },
      );
      await api.requestOk(
        `mutation($c: ID!, $k: String!) { adjustBalance(input: { customerId: $c, currency: "coins", amount: 75, idempotencyKey: $k }) { id } }`,
        { c: other, k: `dup-coins-${locale}` },
      );
      await customer(api, { firstName: f2, email, source: 'survey' }, 'ATTACH_AS_CHILD');
      // What the duplicates.refresh job does a minute after customers change: the screen reads its table.
      await s.server.app.services.duplicateCandidates.refresh(s.workspace.id);

      const { page } = s;
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);
      await page.click('a[href="#/duplicates"]');
      const row = page.locator('[data-testid="duplicate-group"]', { hasText: email });
      await row.waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      expect(await untranslated()).toEqual([]);
      await s.shot(`duplicates-${locale}`);

      await row.locator('[data-testid="duplicate-compare"]').click();
      const dialog = page.locator('[data-testid="merge-dialog"]');
      await dialog.locator(`[data-testid="main-${main}"]`).check();
      await dialog.locator(`[data-testid="merged-${other}"]`).check();
      await dialog.locator('[data-testid="merge-moves"] li').first().waitFor();
      const moves = await dialog.locator('[data-testid="merge-moves"]').textContent();
      // The balance that moves, by the currency's name in the reader's digits.
      expect(moves).toContain(
        { en: 'Balance Coins: 75', ru: 'Баланс Баллы: 75', fa: 'موجودی سکه: ۷۵' }[locale],
      );
      expect(await untranslated()).toEqual([]);
      await s.shot(`merge-dialog-${locale}`);
      await dialog.locator('[data-testid="merge-submit"]').click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => row.count()).toBe(0);

      // The main's card lists every source, the first marked, and its child profiles.
      await page.goto(`${s.server.url}/#/customers/${main}/show/sources`);
      await page.locator('[data-testid="customer-sources"] li').nth(2).waitFor();
      expect(await page.locator('[data-testid="customer-sources"] li[data-first="true"]').count()).toBe(1);
      expect(await page.locator('[data-testid="child-profiles"] li').count()).toBe(2);
      expect(await untranslated()).toEqual([]);
      await s.shot(`customer-sources-${locale}`);

      // The merged profile's card says so and undoes the merge.
      await page.goto(`${s.server.url}/#/customers/${other}/show/sources`);
      await page.locator('[data-testid="child-notice"]').waitFor();
      expect(await untranslated()).toEqual([]);
      await s.shot(`merged-profile-${locale}`);
      await page.click('[data-testid="unmerge"]');
      await page.locator('.MuiDialog-root button.ra-confirm').click();
      await page.locator('[data-testid="child-notice"]').waitFor({ state: 'detached' });
      const { customer: back } = await api.requestOk(
        'query($id: ID!) { customer(id: $id) { mainCustomerId balances { currency { key } amount } } }',
        { id: other },
      );
      expect(back.mainCustomerId).toBeNull();
      expect(
        back.balances.find((b: { currency: { key: string } }) => b.currency.key === 'coins')?.amount,
      ).toBe(75);
    },
  );
});
