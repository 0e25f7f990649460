import type { GraphQLClient } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession, pickOption } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => s?.close());

async function createCustomer(api: GraphQLClient, firstName: string, mobile: string): Promise<string> {
  const { createCustomer } = await api.requestOk(
    'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
    { a: { firstName, lastName: 'Rahimi', mobile } },
  );
  return createCustomer.id;
}

// A header, two customers, a mobile nobody has (line 4) and a line that is no phone at all (line 5).
const CSV = [
  'mobile,amount',
  '0912 333 4411,100',
  '0912 333 4422,40',
  '0912 999 0000,10',
  'not a phone,5',
  '',
].join('\n');

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

const count = (page: Page, name: string) =>
  page.locator(`[data-testid="batch-count-${name}"]`).getAttribute('data-count');

describe('a manager adjusts many balances from a file', () => {
  const customers: string[] = [];

  beforeAll(async () => {
    const api = s.workspace.as.MANAGER;
    customers.push(await createCustomer(api, 'Nima', '0912 333 4411'));
    customers.push(await createCustomer(api, 'Mina', '0912 333 4422'));
    await s.signIn(s.workspace.emails.MANAGER);
  });

  it.each(['en', 'ru', 'fa'])('uploads, previews, confirms and sees the result in %s', async (locale) => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');

    // Step 1: the menu leads to the wizard; a file with mobiles and amounts is picked.
    await page.click('a[href="#/balanceBatches"]');
    const wizard = page.locator('[data-testid="balance-batch"]');
    await wizard.locator('[data-testid="batch-source"]').waitFor();
    await pickOption(page, wizard.locator('.ra-input-currency [role="combobox"]'), 'coins');
    await wizard
      .locator('[data-testid="batch-file"]')
      .setInputFiles({ name: 'gifts.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await expect
      .poll(() => wizard.locator('[data-testid="batch-file-name"]').textContent())
      .toContain('gifts.csv');
    await wizard.locator('[data-testid="batch-reason"]').fill('Spring gift');
    await wizard.locator('[data-testid="batch-comment"]').fill('Campaign 12');
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`balance-batch-source-${locale}`);

    // Step 2: the preview counts the lines and names the two that will not be applied.
    await wizard.locator('[data-testid="batch-preview"]').click();
    await wizard.locator('[data-testid="batch-preview-step"]').waitFor();
    expect(await count(page, 'lines')).toBe('4');
    expect(await count(page, 'toApply')).toBe('2');
    expect(await count(page, 'unmatched')).toBe('1');
    expect(await count(page, 'invalid')).toBe('1');
    const problems = wizard.locator('[data-testid="batch-problem"]');
    expect(await problems.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-line')))).toEqual([
      '4',
      '5',
    ]);
    expect(await problems.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-problem')))).toEqual([
      'UNMATCHED',
      'INVALID',
    ]);
    const lineNumbers = await wizard.locator('[data-testid="batch-problem-line"]').allTextContents();
    expect(lineNumbers).toEqual(locale === 'fa' ? ['۴', '۵'] : ['4', '5']);
    if (locale === 'en') {
      expect(await problems.first().textContent()).toContain('No customer with this identifier');
      expect(await problems.last().textContent()).toContain('Not a phone number');
    }
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`balance-batch-preview-${locale}`);

    // Step 3: confirmed, the batch is followed until it is done.
    await wizard.locator('[data-testid="batch-confirm"]').click();
    await wizard.locator('[data-testid="batch-applying"], [data-testid="batch-result"]').first().waitFor();
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`balance-batch-applying-${locale}`);

    // Step 4: the result.
    const applied = wizard.locator('[data-testid="batch-applied"]');
    await applied.waitFor({ timeout: 30_000 });
    expect(await applied.getAttribute('data-count')).toBe('2');
    expect(await wizard.locator('[data-testid="batch-refused"]').count()).toBe(0);
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`balance-batch-result-${locale}`);

    if (locale === 'en') {
      // The first customer's Loyalty tab shows the 100 coins from line 2.
      await page.goto(`${s.server.url}/#/customers/${customers[0]}/show/loyalty`);
      const coins = page.locator(
        '[data-testid="balance-card"][data-currency="coins"] [data-testid="balance-amount"]',
      );
      await expect.poll(() => coins.textContent()).toBe('100');
      const row = page.locator('[data-testid="ledger-row"]').first();
      await expect.poll(() => row.textContent()).toContain('Spring gift');
      expect(await row.locator('[data-testid="ledger-amount"]').textContent()).toBe('+100');
    }
    expect(s.errors).toEqual([]);
  });

  it('lists a line refused when applied: the balance fell between preview and confirmation', async () => {
    const { page } = s;
    // Each run above gave the first customer 100 coins.
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, 'en');
    await page.click('a[href="#/balanceBatches"]');
    const wizard = page.locator('[data-testid="balance-batch"]');
    await wizard.locator('[data-testid="batch-source"]').waitFor();
    await wizard
      .locator('[data-testid="batch-file"]')
      .setInputFiles({ name: 'take.csv', mimeType: 'text/csv', buffer: Buffer.from('0912 333 4411;-250\n') });
    await wizard.locator('[data-testid="batch-reason"]').fill('Correction');
    await wizard.locator('[data-testid="batch-preview"]').click();
    await wizard.locator('[data-testid="batch-preview-step"]').waitFor();
    expect(await count(page, 'toApply')).toBe('1');
    await s.workspace.as.MANAGER.requestOk(
      `mutation($c: ID!) { adjustBalance(input: { customerId: $c, currency: "coins", amount: -100,
         reason: "Spent at the counter", idempotencyKey: "counter-1" }) { id } }`,
      { c: customers[0] },
    );
    await wizard.locator('[data-testid="batch-confirm"]').click();
    const refused = wizard.locator('[data-testid="batch-refused"]');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.getAttribute('data-count')).toBe('1');
    expect(await wizard.locator('[data-testid="batch-applied"]').getAttribute('data-count')).toBe('0');
    const line = wizard.locator('[data-testid="batch-problem"]');
    await line.waitFor();
    expect(await line.getAttribute('data-line')).toBe('1');
    expect(await line.getAttribute('data-problem')).toBe('TOO_LOW');
    expect(await line.textContent()).toContain('Balance was too low');
    await s.shot('balance-batch-refused-en');
    // And another batch starts from scratch.
    await wizard.locator('[data-testid="batch-another"]').click();
    await wizard.locator('[data-testid="batch-source"]').waitFor();
    expect(await wizard.locator('[data-testid="batch-reason"]').inputValue()).toBe('');
    expect(s.errors).toEqual([]);
  });

  it('puts a server refusal under the file it is about', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, 'en');
    await page.click('a[href="#/balanceBatches"]');
    const wizard = page.locator('[data-testid="balance-batch"]');
    await wizard.locator('[data-testid="batch-source"]').waitFor();
    await wizard
      .locator('[data-testid="batch-file"]')
      .setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('mobile,amount\n') });
    await wizard.locator('[data-testid="batch-reason"]').fill('Nothing');
    await wizard.locator('[data-testid="batch-preview"]').click();
    const error = wizard.locator('[data-testid="batch-file-error"]');
    await error.waitFor();
    expect(await error.textContent()).toBe('The file has no lines');
    expect(await wizard.getAttribute('data-step')).toBe('source');
    // A segment instead of a file: the amount is then for every member.
    await wizard.locator('input[value="segment"]').check();
    await wizard.locator('.ra-input-segmentId').waitFor();
    expect(await wizard.locator('[data-testid="batch-file"]').count()).toBe(0);
    await s.shot('balance-batch-segment-en');
    expect(s.errors).toEqual([]);
  });

  it.each(['en', 'ru', 'fa'])(
    'in %s, a line that would take a balance below zero says its negative total with the minus before the digits',
    async (locale) => {
      const { page } = s;
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);
      await page.click('a[href="#/balanceBatches"]');
      const wizard = page.locator('[data-testid="balance-batch"]');
      await wizard.locator('[data-testid="batch-source"]').waitFor();
      await pickOption(page, wizard.locator('.ra-input-currency [role="combobox"]'), 'coins');
      // Mina has 40 coins from each run of the first test: taking 1000 would leave her below zero.
      await wizard.locator('[data-testid="batch-file"]').setInputFiles({
        name: 'take.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('0912 333 4422;-1000\n'),
      });
      await wizard.locator('[data-testid="batch-reason"]').fill('Correction');
      await wizard.locator('[data-testid="batch-preview"]').click();
      const line = wizard.locator('[data-testid="batch-problem"][data-problem="NEGATIVE"]');
      await line.waitFor();
      const detail = line.locator('[data-testid="batch-problem-detail"]');
      // The minus is drawn left of the total's digits in every language; in Persian text, Intl's
      // left-to-right mark before it keeps it there (without it the minus would go right of the digits).
      const sides = await detail.evaluate((el) => {
        const node = el.firstChild as Text;
        const text = node.data;
        const minus = text.lastIndexOf('\u2212') >= 0 ? text.lastIndexOf('\u2212') : text.lastIndexOf('-');
        const digit = text.slice(minus).search(/[0-9\u06f0-\u06f9]/) + minus;
        const box = (i: number) => {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          return range.getBoundingClientRect();
        };
        return { minus: box(minus).x, digit: box(digit).x, text };
      });
      expect(sides.minus, sides.text).toBeLessThan(sides.digit);
      expect(await untranslated(page)).toEqual([]);
      await s.shot(`balance-batch-negative-${locale}`);
      expect(s.errors).toEqual([]);
    },
  );

  it('is not in the menu of staff who may not adjust balances', async () => {
    const { page } = s;
    await page.context().clearCookies();
    await s.signIn(s.workspace.emails.ANALYST);
    await page.locator('a[href="#/customers"]').first().waitFor();
    expect(await page.locator('a[href="#/balanceBatches"]').count()).toBe(0);
  });
});
