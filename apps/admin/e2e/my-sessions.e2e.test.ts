import { TEST_PASSWORD } from '@patron/server/testing';
import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let phone: GraphQLClient;
let tablet: GraphQLClient;

async function signInElsewhere(userAgent: string): Promise<GraphQLClient> {
  const client = new GraphQLClient(s.server.graphqlUrl);
  client.headers['user-agent'] = userAgent;
  await client.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: s.workspace.emails.MANAGER,
    p: TEST_PASSWORD,
  });
  return client;
}

const me = async (client: GraphQLClient) => (await client.requestOk('{ me { id } }')).me;

beforeAll(async () => {
  s = await openSession();
  phone = await signInElsewhere(
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
  );
  tablet = await signInElsewhere('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0');
  await s.signIn(s.workspace.emails.MANAGER);
});
afterAll(async () => s?.close());

describe('my sessions', () => {
  it('lists my browsers in en, ru and fa', async () => {
    const { page } = s;
    for (const locale of ['en', 'ru', 'fa']) {
      await chooseLocale(page, locale);
      await page.click('button[aria-label="Profile"], .RaUserMenu-userButton');
      await page.click('[data-testid="my-sessions-menu"]');
      await page.waitForSelector('[data-testid="session-current"]');
      await page.waitForLoadState('networkidle');
      const text = (await page.textContent('[data-testid="my-sessions"]')) ?? '';
      expect(text.match(/\b(patron|ra)\.[a-z_.]+/gi) ?? []).toEqual([]);
      expect(await page.locator('[data-testid="session-other"]').count()).toBe(3);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      await s.shot(`my-sessions-${locale}`);
    }
    expect(s.errors).toEqual([]);
  });

  it('signs out one browser, then everywhere else', async () => {
    const { page } = s;
    await page.locator('[data-testid="session-other"]', { hasText: 'Safari' }).getByRole('button').click();
    await expect.poll(() => page.locator('[data-testid="session-other"]').count()).toBe(2);
    expect(await me(phone)).toBeNull();
    expect(await me(tablet)).not.toBeNull();

    await page.click('[data-testid="sign-out-others"]');
    await expect.poll(() => page.locator('[data-testid="session-other"]').count()).toBe(0);
    expect(await me(tablet)).toBeNull();
    await page.reload();
    await page.waitForSelector('[data-testid="session-current"]');
    await s.shot('my-sessions-alone-fa');
  });
});
