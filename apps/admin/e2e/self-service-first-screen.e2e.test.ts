import type { Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fa } from '../src/self-service-pages/texts.fa';
import { ru } from '../src/self-service-pages/texts.ru';
import { interpolate } from '../src/self-service-pages/words';
import { phoneShot } from './phone';
import { type BrowserSession, openSession } from './session';

/**
 * The customers' sign-in screen downloads only what it draws: the account page and the other pages
 * are fetched when opened, each language's refusal texts after the first screen. A refusal still
 * reads in the customer's language on a cold load, and a page that cannot be fetched says so.
 */

let s: BrowserSession;
const PASSWORD = 'my-own-pass-1';
const tid = (id: string) => `[data-testid="${id}"]`;
const LATER_PAGES = /\/assets\/(AccountPage|JoinPage|ForgotPasswordPage|SetPasswordPage)-[\w-]+\.js$/;
const REFUSAL_TEXTS = /\/assets\/(en|ru|fa)-[\w-]+\.js$/;
const WRONG_PASSWORD = { ru: 'Неверный логин или пароль', fa: 'نام کاربری یا گذرواژه نادرست است' };
const TEXTS = { ru, fa };
const hello = (language: 'ru' | 'fa') =>
  interpolate(TEXTS[language]['account.hello'], { name: 'Shirin Moradi' });

beforeAll(async () => {
  s = await openSession();
  const { createCustomer } = await s.workspace.as.ADMIN.requestOk(
    'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
    { a: { firstName: 'Shirin', lastName: 'Moradi', mobile: '+989125553377' } },
  );
  const { inviteCustomerToSelfService } = await s.workspace.as.OPERATOR.requestOk(
    'mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }',
    { id: createCustomer.id },
  );
  const token = new URL(inviteCustomerToSelfService.link).searchParams.get('token');
  await s.workspace.as.ADMIN.requestOk(
    'mutation($t: String!, $p: String!) { setSelfServicePassword(token: $t, password: $p) { customerId } }',
    { t: token, p: PASSWORD },
  );
});
afterAll(async () => s?.close());

/** A phone whose browser speaks the language, with nothing cached, and the scripts it fetches. */
async function coldPhone(locale: 'ru-RU' | 'fa-IR'): Promise<{ phone: Page; scripts: string[] }> {
  const phone = await s.browser.newPage({ viewport: { width: 390, height: 844 }, locale });
  phone.on('pageerror', (e) => s.errors.push(e.message));
  const scripts: string[] = [];
  phone.on('request', (request: Request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return { phone, scripts };
}

describe('the self-service sign-in screen on a cold load', () => {
  for (const language of ['ru', 'fa'] as const)
    it(`refuses a wrong password in ${language} once its texts are in, then opens the account`, async () => {
      const { phone, scripts } = await coldPhone(language === 'ru' ? 'ru-RU' : 'fa-IR');
      // The language's refusal texts are held back until the refusal has come.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await phone.route(REFUSAL_TEXTS, async (route: Route) => {
        await held;
        await route.continue();
      });
      await phone.goto(`${s.server.url}/self-service/?workspace=${s.workspace.id}`);
      await phone.locator(tid('ss-sign-in')).waitFor();
      expect(await phone.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(scripts.filter((path) => LATER_PAGES.test(path))).toEqual([]);

      await phone.fill(tid('ss-login'), '0912 555 3377');
      await phone.fill(tid('ss-password'), 'not-my-password');
      const refused = phone.waitForResponse(
        (r) => r.request().postData()?.includes('CustomerSignIn') ?? false,
      );
      await phone.click(tid('ss-submit'));
      expect(await (await refused).text()).toContain('SELF_SERVICE_SIGN_IN_FAILED');
      // Neither the server's English nor the offline text while the language's texts are on their way.
      await phone.waitForTimeout(300);
      expect(await phone.locator(tid('ss-error')).count()).toBe(0);
      release();
      expect(await phone.locator(tid('ss-error')).textContent()).toBe(WRONG_PASSWORD[language]);
      // Only the language in use was fetched.
      expect(
        scripts.filter((path) => REFUSAL_TEXTS.test(path)).map((path) => REFUSAL_TEXTS.exec(path)?.[1]),
      ).toEqual([language]);

      await phone.fill(tid('ss-password'), PASSWORD);
      await phone.click(tid('ss-submit'));
      await phone.locator(tid('ss-account')).waitFor();
      expect(await phone.locator(tid('ss-hello')).textContent()).toBe(hello(language));
      expect(scripts.some((path) => /\/AccountPage-/.test(path))).toBe(true);
      await phone.close();
    });

  it('says the account page could not be fetched when offline, and opens it on a second try', async () => {
    const { phone } = await coldPhone('fa-IR');
    await phone.goto(`${s.server.url}/self-service/?workspace=${s.workspace.id}`);
    await phone.locator(tid('ss-sign-in')).waitFor();
    await phone.route(/\/assets\/AccountPage-[\w-]+\.js$/, (route: Route) =>
      route.abort('internetdisconnected'),
    );
    await phone.fill(tid('ss-login'), '0912 555 3377');
    await phone.fill(tid('ss-password'), PASSWORD);
    await phone.click(tid('ss-submit'));
    const offline = phone.locator(tid('ss-page-offline'));
    expect(await offline.textContent()).toContain(fa.offline);
    await phoneShot(phone, 'self-service-page-offline-fa');
    await phone.unroute(/\/assets\/AccountPage-[\w-]+\.js$/);
    await phone.click(tid('ss-page-retry'));
    await phone.locator(tid('ss-account')).waitFor();
    expect(await phone.locator(tid('ss-hello')).textContent()).toBe(hello('fa'));
    await phone.close();
    // The failed fetch is said on the page, not thrown.
    expect(s.errors).toEqual([]);
  });
});
