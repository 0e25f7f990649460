import type { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, choose, chooseLocale, openSession } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
  s.page.setDefaultTimeout(15_000);
});
afterAll(async () => s?.close());

const LOCALES = ['en', 'ru', 'fa'] as const;

async function createCustomer(api: GraphQLClient, attributes: Record<string, string>): Promise<string> {
  const { createCustomer } = await api.requestOk(
    'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
    { a: attributes },
  );
  return createCustomer.id;
}

describe('relations, referrer, categories and numbers in the browser', () => {
  let anna = '';
  let boris = '';

  beforeAll(async () => {
    const api = s.workspace.as.ADMIN;
    anna = await createCustomer(api, { firstName: 'Anna', lastName: 'Petrova', middleName: 'Sergeevna' });
    boris = await createCustomer(api, { firstName: 'Boris', lastName: 'Orlov' });
    await createCustomer(api, { firstName: 'Vera', lastName: 'Petrova' });
    await api.requestOk(
      'mutation { createRelationType(input: { key: "parent", name: { en: "Parent", ru: "Родитель", fa: "والد" }, inverseName: { en: "Child", ru: "Ребёнок", fa: "فرزند" } }) { key } }',
    );
    const { createCategory } = await api.requestOk(
      'mutation { createCategory(input: { name: "Wholesale", color: "#2e7d32" }) { id } }',
    );
    await api.requestOk('mutation { createCategory(input: { name: "Retail", color: "#1565c0" }) { id } }');
    await api.requestOk(
      'mutation($c: ID!, $k: ID) { setCustomerCategory(customerId: $c, categoryId: $k) { id } }',
      {
        c: boris,
        k: createCategory.id,
      },
    );
    await s.signIn(s.workspace.emails.ADMIN);
  });

  it('links two customers and sets the referrer from the card; both sides show it', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${anna}/show/relations`);
    await page.click('[data-testid="relation-add"]');
    await choose(page, 'relation-type', 'relation-type-parent:inverse');
    await page.fill('[data-testid="relation-customer"]', 'Boris');
    await page.click('[data-testid="relation-customer-option"]');
    await page.click('[data-testid="relation-submit"]');
    await expect
      .poll(() => page.locator('[data-testid="relation-row"]').allTextContents())
      .toEqual([expect.stringMatching(/Child[\s\S]*#2 Boris Orlov/)]);
    // The same pair again: a coded refusal in the dialog, nothing added.
    await page.click('[data-testid="relation-add"]');
    await choose(page, 'relation-type', 'relation-type-parent');
    await page.fill('[data-testid="relation-customer"]', '#2');
    await page.click('[data-testid="relation-customer-option"]');
    await page.click('[data-testid="relation-submit"]');
    await expect
      .poll(() => page.locator('[data-testid="relation-error"]').textContent())
      .toBe('These customers are already linked this way');
    await page.click('[data-testid="relation-cancel"]');

    await page.click('[data-testid="referrer-set"]');
    await page.fill('[data-testid="referrer-customer"]', 'Vera');
    await page.click('[data-testid="referrer-customer-option"]');
    await page.click('[data-testid="referrer-submit"]');
    await expect
      .poll(() => page.locator('[data-testid="referrer"]').textContent())
      .toContain('#3 Vera Petrova');

    // Navigable: Boris's card shows Anna as his parent.
    await page.click('[data-testid="relation-row"] [data-testid="related-customer-link"]');
    await page.waitForURL(new RegExp(`/customers/${boris}/show`));
    await page.goto(`${s.server.url}/#/customers/${boris}/show/relations`);
    await expect
      .poll(() => page.locator('[data-testid="relation-row"]').textContent())
      .toMatch(/Parent[\s\S]*#1 Anna Petrova/);
  });

  it('suggests the gender from a patronymic on the form', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/create`);
    await page.fill('input[name="middleName"]', 'Ильинична');
    await page.click('[data-testid="gender-suggestion"]');
    await expect.poll(() => page.locator('input[name="gender"]').inputValue()).toBe('female');
    await expect.poll(() => page.locator('[data-testid="gender-suggestion"]').count()).toBe(0);
  });

  it('a manager adds a two-sided relation type of the workspace', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/relationTypes/create`);
    await page.fill('input[name="key"]', 'mentor');
    await page.fill('input[name="name.en"]', 'Mentor');
    await page.fill('input[name="inverseName.en"]', 'Mentee');
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/relationTypes$/);
    await expect
      .poll(() => page.locator('[data-testid="relation-type-list"] tbody tr').allTextContents())
      .toContainEqual(expect.stringMatching(/Mentor\s*Mentee\s*mentor\s*0/));
  });

  it('shows the Relations tab, the categories screen and the list in en, ru and fa', async () => {
    const { page } = s;
    for (const locale of LOCALES) {
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);
      await page.waitForSelector('td');
      await s.shot(`relations-list-${locale}`);
      await page.goto(`${s.server.url}/#/customers/${anna}/show/relations`);
      await page.waitForSelector('[data-testid="relation-row"]');
      await s.shot(`relations-tab-${locale}`);
      await page.goto(`${s.server.url}/#/customers/${boris}/show`);
      await page.waitForSelector('[data-testid="customer-category"]');
      await s.shot(`relations-card-category-${locale}`);
      await page.goto(`${s.server.url}/#/categories`);
      await page.waitForSelector('[data-testid="category-list"]');
      await s.shot(`relations-categories-${locale}`);
      await page.goto(`${s.server.url}/#/relationTypes`);
      await page.waitForSelector('[data-testid="relation-type-list"]');
      await s.shot(`relations-types-${locale}`);
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? []).toEqual([]);
    }
    expect(s.errors).toEqual([]);
  });
});
