import { generateKeyPairSync } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../src/self-service-pages/texts';
import { fa } from '../src/self-service-pages/texts.fa';
import { ru } from '../src/self-service-pages/texts.ru';
import { chooseCustomerLocale, openPhone, phoneShot } from './phone';
import { type BrowserSession, choose, chooseLocale, openSession } from './session';

/**
 * "Notifications on this device" on the customer's account page, and the Web Push account that turns
 * it on in Settings → Channels. Headless Chromium reaches no real push service, so subscribing itself
 * is tested on the server (channel-push.test.ts, against a push service in the process); here: the
 * switch shown only when the workspace has a push account, in en/ru/fa, the service worker served,
 * and a notification's link opened in the customer's open tab. Nothing can click a notification in
 * headless Chromium: the worker's own link opening is run in it instead (the click's handler, its
 * focusing and its new window when no tab is open, is tested on stand-ins in pushWorker.test.ts).
 */

let s: BrowserSession;
let phone: Page;
const LOCALES = ['en', 'ru', 'fa'] as const;
const TEXTS = { en, ru, fa };
const PASSWORD = 'my-own-pass-1';
const tid = (id: string) => `[data-testid="${id}"]`;

/** A VAPID key pair as `pnpm patron channels:vapid-keys` prints it: P-256, base64url. */
function vapidKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const pub = publicKey.export({ format: 'jwk' });
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(pub.x ?? '', 'base64url'),
    Buffer.from(pub.y ?? '', 'base64url'),
  ]);
  return { publicKey: point.toString('base64url'), privateKey: privateKey.export({ format: 'jwk' }).d ?? '' };
}

beforeAll(async () => {
  process.env.PATRON_SECRET_KEY ??= 'browser-test-key-0123456789abcdef01234';
  s = await openSession();
  phone = await openPhone(s);
});
afterAll(async () => s?.close());

const shot = phoneShot;

describe('notifications on the customer’s device', () => {
  it('shows no switch while the workspace has no push account', async () => {
    const { createCustomer } = await s.workspace.as.OPERATOR.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      { a: { firstName: 'Leila', lastName: 'Karimi', mobile: '+989125551122' } },
    );
    const { inviteCustomerToSelfService } = await s.workspace.as.OPERATOR.requestOk(
      'mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }',
      { id: createCustomer.id },
    );
    const url = new URL(inviteCustomerToSelfService.link);
    await phone.goto(`${s.server.url}${url.pathname}${url.search}`);
    await phone.fill(tid('ss-password'), PASSWORD);
    await phone.fill(tid('ss-repeat'), PASSWORD);
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-requests')).waitFor();
    // The key is asked for with the account; by the time requests show, its answer is in.
    await phone.waitForLoadState('networkidle');
    expect(await phone.locator(tid('ss-push')).count()).toBe(0);
  });

  it('adds a Web Push account in Settings → Channels, its key fields saying where keys come from', async () => {
    const { page } = s;
    await s.signIn(s.workspace.emails.ADMIN);
    const keys = vapidKeys();
    for (const locale of LOCALES) {
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);
      await page.click('a[href="#/channels"]');
      await page.waitForSelector(tid('channels'));
      await page.click(tid('channel-add'));
      await choose(page, 'channel-provider', 'channel-provider-web-push');
      await page.getByText('pnpm patron channels:vapid-keys').first().waitFor();
      await s.shot(`channel-form-web-push-${locale}`);
      if (locale !== 'fa') {
        await page.keyboard.press('Escape');
        await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
        continue;
      }
      await page.fill(tid('channel-name'), 'Browsers');
      await page.fill(tid('channel-setting-vapidPublicKey'), keys.publicKey);
      await page.fill(tid('channel-setting-vapidPrivateKey'), keys.privateKey);
      await page.fill(tid('channel-setting-subject'), 'mailto:admin@club.example');
      await page.click(tid('channel-account-submit'));
      await page.locator(tid('channel-account-Browsers')).waitFor();
    }
  });

  it('then shows the switch, off, in the customer’s language', async () => {
    await phone.reload();
    await phone.locator(tid('ss-push')).waitFor();
    expect(await phone.locator(tid('ss-push-switch')).isChecked()).toBe(false);
    for (const locale of LOCALES) {
      await chooseCustomerLocale(phone, locale);
      const text = (await phone.locator(tid('ss-push')).textContent()) ?? '';
      expect(text).toContain(TEXTS[locale]['push.title']);
      expect(text).toContain(TEXTS[locale]['push.help']);
      expect(text).not.toMatch(/push\.\w+/);
      await phone.locator(tid('ss-push')).scrollIntoViewIfNeeded();
      await shot(phone, `self-service-push-${locale}`);
    }
    expect(s.errors).toEqual([]);
  });

  it('serves the service worker under /self-service/, where the browser registers it', async () => {
    const answer = await phone.request.get(`${s.server.url}/self-service/push-worker.js`);
    expect(answer.headers()['content-type']).toMatch(/javascript/);
    expect(await answer.text()).toContain('showNotification');
    const scope = await phone.evaluate(async () => {
      const registration = await navigator.serviceWorker.register('/self-service/push-worker.js', {
        scope: '/self-service/',
      });
      return registration.scope;
    });
    expect(scope).toBe(`${s.server.url}/self-service/`);
  });

  it('opens a notification’s tracked link in the customer’s open tab, not in a new one', async () => {
    // The worker takes charge of the tab that registered it, so it may send that tab elsewhere.
    await phone.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const context = phone.context();
    const worker = context.serviceWorkers().find((w) => w.url().endsWith('/self-service/push-worker.js'));
    if (!worker) throw new Error('the push worker is not running');
    const tabs = context.pages().length;
    const link = `${s.server.url}/c/not-a-signed-token`;
    const clicked = phone.waitForRequest((r) => r.url() === link && r.isNavigationRequest());
    await worker.evaluate(
      (url) => (globalThis as unknown as { openLink(url: string): Promise<void> }).openLink(url),
      link,
    );
    await clicked;
    // The server was asked for the tracked link (that is what counts a click), in the same tab.
    expect(phone.url()).toBe(link);
    expect(await phone.locator('body').textContent()).toContain('MAILING_LINK_INVALID');
    expect(context.pages()).toHaveLength(tabs);
    expect(s.errors).toEqual([]);
  });
});
