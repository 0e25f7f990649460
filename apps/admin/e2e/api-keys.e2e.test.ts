import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let customerId = '';

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(): Promise<string[]> {
  const text = await s.page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

beforeAll(async () => {
  s = await openSession();
  const admin = s.workspace.as.ADMIN;
  // A key in use (it wrote a customer's history) and a revoked one, so the list shows every state.
  const made = await admin.requestOk(
    `mutation { createApiKey(input: { name: "Web shop", permissions: ["customers.read", "customers.write", "loyalty.adjust"] }) { secret key { id } } }`,
  );
  const shop = new GraphQLClient(s.server.graphqlUrl);
  shop.headers.authorization = `Bearer ${made.createApiKey.secret}`;
  customerId = (
    await shop.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "Sara", city: "Tabriz" } }) { id } }',
    )
  ).createCustomer.id;
  const old = await admin.requestOk(
    'mutation { createApiKey(input: { name: "Old till", permissions: ["purchases.record"], requestsPerMinute: 120 }) { key { id } } }',
  );
  await admin.requestOk('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', {
    id: old.createApiKey.key.id,
  });
  await s.signIn(s.workspace.emails.ADMIN);
  await s.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.server.url });
});
afterAll(async () => s?.close());

describe.each(['en', 'ru', 'fa'])('the API key screen in %s', (locale) => {
  it('creates a key, shows its secret once with a copy button, and revokes it', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    await page.click('a[href="#/apiKeys"]');
    await page.waitForSelector('[data-testid="api-key-list"]');
    expect(await untranslated()).toEqual([]);
    await s.shot(`api-keys-${locale}`);

    await page.click('[data-testid="api-key-create"]');
    await page.fill('[data-testid="api-key-name"]', `Till ${locale}`);
    await page.check('[data-testid="api-key-permission-customers.read"]');
    await page.check('[data-testid="api-key-permission-loyalty.adjust"]');
    await page.waitForTimeout(300);
    expect(await untranslated()).toEqual([]);
    await s.shot(`api-key-create-${locale}`);
    await page.click('[data-testid="api-key-submit"]');

    const secretInput = page.locator('[data-testid="api-key-secret"]');
    await secretInput.waitFor();
    const secret = await secretInput.inputValue();
    expect(secret).toMatch(/^ptn_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    await page.click('[data-testid="api-key-copy"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.waitForTimeout(300);
    await s.shot(`api-key-secret-${locale}`);
    await page.click('[data-testid="api-key-secret-done"]');
    await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    expect(await page.locator('body').textContent()).not.toContain(secret);

    const partner = new GraphQLClient(s.server.graphqlUrl);
    partner.headers.authorization = `Bearer ${secret}`;
    expect((await partner.requestOk('{ customerCount }')).customerCount).toBeGreaterThan(0);

    const prefix = secret.slice(4, 12);
    const row = page.locator(`[data-testid="api-key-${prefix}"]`);
    await row.locator('[data-testid="api-key-revoke"]').click();
    await page.waitForTimeout(300);
    expect(await untranslated()).toEqual([]);
    await s.shot(`api-key-revoke-${locale}`);
    await page.click('.MuiDialog-root button.ra-confirm');
    await row.locator('[data-testid="api-key-revoke"]').waitFor({ state: 'detached' });
    const refused = await partner.request('{ customerCount }');
    expect(refused.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'API_KEY_REVOKED' });

    await page.goto(`${s.server.url}/#/customers/${customerId}/show/history`);
    await page.locator('[data-testid="history-actor"]').first().waitFor();
    expect(await untranslated()).toEqual([]);
    await s.shot(`api-key-history-${locale}`);
    expect(s.errors).toEqual([]);
  });
});
