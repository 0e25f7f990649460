import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let id = '';
beforeAll(async () => {
  s = await openSession();
  const api = s.workspace.as.ADMIN;
  const { createCustomer } = await api.requestOk(
    `mutation { createCustomer(input: { attributes: {
       firstName: "Ivan", lastName: "Petrov", mobile: "+79161234567", email: "ivan@example.ru", city: "Kazan" } }) { id } }`,
  );
  id = createCustomer.id;
  const { currencies } = await api.requestOk('{ currencies { key } }');
  await api.requestOk('mutation($i: AdjustBalanceInput!) { adjustBalance(input: $i) { id } }', {
    i: { customerId: id, currency: currencies[0].key, amount: 250, idempotencyKey: 'card-1' },
  });
  const { createTag } = await api.requestOk(
    'mutation { createTag(input: { name: "Regular", color: "#1976d2" }) { id } }',
  );
  await api.requestOk(
    'mutation($c: ID!, $t: [ID!]!) { setCustomerTags(customerId: $c, tagIds: $t) { id } }',
    {
      c: id,
      t: [createTag.id],
    },
  );
  await s.signIn(s.workspace.emails.ADMIN);
});
afterAll(async () => s?.close());

describe('the customer card', () => {
  it('shows who the customer is above the tabs, with links to reach them', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${id}/show`);
    const header = page.locator('[data-testid="customer-header"]');
    await header.locator('[data-testid="customer-name"]', { hasText: 'Ivan Petrov' }).waitFor();
    await header.locator('[data-testid="header-balance"]', { hasText: '250' }).waitFor();
    expect(await header.locator('[data-testid="header-tag"]').textContent()).toBe('Regular');
    // The workspace's first customer, not verified yet.
    expect(await header.locator('[data-testid="header-number"]').textContent()).toBe('#1');
    await header.locator('[data-testid="header-verification"]', { hasText: 'New' }).waitFor();
    expect(await header.locator('[data-contact="call"]').getAttribute('href')).toBe('tel:+79161234567');
    expect(await header.locator('[data-contact="whatsapp"]').getAttribute('href')).toBe(
      'https://wa.me/79161234567',
    );
    expect(await header.locator('[data-contact="email"]').getAttribute('href')).toBe(
      'mailto:ivan@example.ru',
    );
    // The header stays whichever tab is open.
    await page.click('a[href$="/show/history"]');
    await header.locator('[data-testid="customer-name"]').waitFor();
    await s.shot('customer-card-header-en');
  });

  it('changes one value where it is shown, and Escape leaves it unchanged', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${id}/show/demography`);
    await page.click('[data-testid="inline-edit-city"]');
    const input = page.locator('[data-testid="inline-form-city"] input[name="city"]');
    await input.fill('Moscow');
    await s.shot('customer-card-inline-edit-en');
    await page.click('[data-testid="inline-form-city"] button[type="submit"]');
    await page.locator('[data-attribute="city"]', { hasText: 'Moscow' }).waitFor();
    const saved = await s.workspace.as.ADMIN.requestOk(
      'query($id: ID!) { customer(id: $id) { attributes } }',
      { id },
    );
    expect(saved.customer.attributes).toMatchObject({
      city: 'Moscow',
      firstName: 'Ivan',
      mobile: '+79161234567',
    });

    await page.click('[data-testid="inline-edit-city"]');
    await input.fill('Omsk');
    await input.press('Escape');
    await page.locator('[data-attribute="city"]', { hasText: 'Moscow' }).waitFor();
    const kept = await s.workspace.as.ADMIN.requestOk(
      'query($id: ID!) { customer(id: $id) { attributes } }',
      { id },
    );
    expect(kept.customer.attributes.city).toBe('Moscow');
  });

  it('an analyst sees the values without the pencils', async () => {
    const { page } = s;
    await page.context().clearCookies();
    await s.signIn(s.workspace.emails.ANALYST);
    await page.goto(`${s.server.url}/#/customers/${id}/show/demography`);
    await page.locator('[data-attribute="city"]', { hasText: 'Moscow' }).waitFor();
    expect(await page.locator('[data-testid^="inline-edit-"]').count()).toBe(0);
    await page.context().clearCookies();
    await s.signIn(s.workspace.emails.ADMIN);
  });

  it('reads right in Russian and Persian', async () => {
    const { page } = s;
    for (const locale of ['ru', 'fa'] as const) {
      await chooseLocale(page, locale);
      await page.goto(`${s.server.url}/#/customers/${id}/show`);
      await page.locator('[data-testid="header-balance"]').first().waitFor();
      if (locale === 'fa') expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await s.shot(`customer-card-header-${locale}`);
    }
    await chooseLocale(page, 'en');
  });

  it('no page errors happened', () => {
    expect(s.errors).toEqual([]);
  });
});
