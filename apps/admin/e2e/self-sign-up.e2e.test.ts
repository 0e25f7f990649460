import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latinDigits } from '../src/i18n/digits';
import { en } from '../src/self-service-pages/texts';
import { chooseCustomerLocale, openPhone, phoneShot } from './phone';
import { type BrowserSession, openSession } from './session';
import { startSmsGateway } from './smsGateway';

/**
 * Joining the club on a phone: the sign-in page's join link, name and mobile, the code from the SMS
 * (which this test's own SMS gateway receives over HTTP), a password, and the account page.
 */

let s: BrowserSession;
let phone: Page;
let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
const tid = (id: string) => `[data-testid="${id}"]`;
const KEYS = Object.keys(en).filter((key) => key.includes('.'));

beforeAll(async () => {
  gateway = await startSmsGateway();
  s = await openSession({ secretKey: 'test-only-key-signup-e2e-0123456789abcdef' });
  phone = await openPhone(s);
});
afterAll(async () => {
  await s?.close();
  await gateway?.close();
});

describe('a person joins the club on its pages', () => {
  it('the admin opens sign-ups with an SMS account', async () => {
    const admin = s.workspace.as.ADMIN;
    await admin.requestOk(
      'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }',
      {
        input: {
          provider: 'generic-http',
          name: 'SMS',
          settings: [
            { key: 'url', value: gateway.url },
            { key: 'bodyFormat', value: 'json' },
          ],
        },
      },
    );
    await admin.requestOk(
      'mutation($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { selfSignUp } }',
      { input: { selfSignUp: true } },
    );
  });

  it('follows the join link, gets the code by SMS, chooses a password and lands on the account', async () => {
    await phone.goto(`${s.server.url}/self-service/?workspace=${s.workspace.id}`);
    await phone.locator(tid('ss-join-link')).click();
    await phone.locator(tid('ss-join')).waitFor();
    await chooseCustomerLocale(phone, 'fa');
    await phone.fill(tid('ss-first-name'), 'لیلا');
    await phone.fill(tid('ss-last-name'), 'راد');
    // Persian digits, as a Persian keyboard types them.
    await phone.fill(tid('ss-mobile'), '۰۹۱۲۷۷۷۸۸۹۹');
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-join-code')).waitFor();
    await expect.poll(() => gateway.sent.length).toBe(1);
    expect(gateway.sent[0]?.to).toBe('+989127778899');
    const code = /(\d{6})/.exec(latinDigits(gateway.sent[0]?.text ?? ''))?.[1] as string;
    expect(code).toMatch(/^\d{6}$/);

    for (const locale of ['en', 'ru', 'fa'] as const) {
      await chooseCustomerLocale(phone, locale);
      expect(await phone.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      const text = await phone.evaluate(() => document.body.textContent ?? '');
      expect(KEYS.filter((key) => text.includes(key))).toEqual([]);
      const overflow = await phone.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await phoneShot(phone, `self-sign-up-${locale}`);
    }
    expect(await phone.locator(tid('ss-marketing')).isChecked()).toBe(false);

    // A wrong code first: refused on the code's input, in Persian.
    await phone.fill(tid('ss-code'), code === '000000' ? '۱۱۱۱۱۱' : '۰۰۰۰۰۰');
    await phone.fill(tid('ss-password'), 'joined-the-club-1');
    await phone.click(tid('ss-submit'));
    await expect.poll(() => phone.locator(tid('ss-join-code')).innerText()).toContain('کد نادرست است');

    await phone.fill(
      tid('ss-code'),
      code.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] as string),
    );
    await phone.click(tid('ss-marketing'));
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-account')).waitFor();
    expect(await phone.locator(tid('ss-account')).innerText()).toContain('لیلا');
    expect(new URL(phone.url()).hash).toBe('');
    expect(s.errors).toEqual([]);
  });
});
