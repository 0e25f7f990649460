import { type SmtpPeer, startSmtpPeer } from '@patron/server/testing';
import { GraphQLClient } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latinDigits } from '../src/i18n/digits';
import { en } from '../src/self-service-pages/texts';
import { fa } from '../src/self-service-pages/texts.fa';
import { ru } from '../src/self-service-pages/texts.ru';
import { chooseCustomerLocale, openPhone, phoneShot } from './phone';
import { type BrowserSession, openSession } from './session';
import { startSmsGateway } from './smsGateway';

/**
 * A customer who forgot their password, on a phone: "Forgot your password?" on the sign-in page, then
 * a code by SMS (this test's own SMS gateway receives it over HTTP) or a link by email (a real SMTP
 * server in the test process), a new password, the account page; the old password no longer works.
 */

let s: BrowserSession;
let phone: Page;
let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
let smtp: SmtpPeer;
const tid = (id: string) => `[data-testid="${id}"]`;
const KEYS = Object.keys(en).filter((key) => key.includes('.'));
const LOCALES = ['en', 'ru', 'fa'] as const;
const TEXTS = { en, ru, fa };
const OLD = 'my-old-password-1';
const MOBILE = '09125556677';
const EMAIL = 'nasrin@example.com';

/** Every language: the page's direction, no untranslated key, nothing sideways, a screenshot. */
async function inEveryLanguage(name: string): Promise<void> {
  for (const locale of LOCALES) {
    await chooseCustomerLocale(phone, locale);
    expect(await phone.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
    const text = await phone.evaluate(() => document.body.textContent ?? '');
    expect(KEYS.filter((key) => text.includes(key))).toEqual([]);
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phoneShot(phone, `${name}-${locale}`);
  }
}

/** A customer of the workspace with a password of their own (set through an invitation). */
async function member(attributes: Record<string, unknown>): Promise<void> {
  const { createCustomer } = await s.workspace.as.OPERATOR.requestOk(
    'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
    { a: attributes },
  );
  const { inviteCustomerToSelfService } = await s.workspace.as.OPERATOR.requestOk(
    'mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }',
    { id: createCustomer.id },
  );
  await new GraphQLClient(s.server.graphqlUrl).requestOk(
    'mutation($t: String!, $p: String!) { setSelfServicePassword(token: $t, password: $p) { customerId } }',
    { t: new URL(inviteCustomerToSelfService.link).searchParams.get('token'), p: OLD },
  );
}

/**
 * Signs out once the account page has read its (empty) lists, as a person would: a list still
 * loading when the session ends is refused, and the account page does not catch that.
 */
async function signOut(): Promise<void> {
  const lang = (await phone.evaluate(() => document.documentElement.lang)) as keyof typeof TEXTS;
  for (const key of ['account.noOperations', 'account.noPurchases', 'news.none'] as const)
    await phone.getByText(TEXTS[lang][key]).first().waitFor();
  await phone.click(tid('ss-sign-out'));
}

/** Signs out on the account page and tries a password on the sign-in page it lands on. */
async function signOutAndTry(login: string, password: string): Promise<void> {
  await signOut();
  await phone.locator(tid('ss-sign-in')).waitFor();
  await phone.fill(tid('ss-login'), login);
  await phone.fill(tid('ss-password'), password);
  await phone.click(tid('ss-submit'));
}

beforeAll(async () => {
  gateway = await startSmsGateway();
  smtp = await startSmtpPeer();
  s = await openSession({ secretKey: 'test-only-key-reset-e2e-0123456789abcdef' });
  phone = await openPhone(s);
});
afterAll(async () => {
  await s?.close();
  await smtp?.close();
  await gateway?.close();
});

describe('a customer who forgot their password', () => {
  it('the club sends SMS and email; two customers have passwords', async () => {
    const save = 'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }';
    const admin = s.workspace.as.ADMIN;
    await admin.requestOk(save, {
      input: {
        provider: 'generic-http',
        name: 'SMS',
        settings: [
          { key: 'url', value: gateway.url },
          { key: 'bodyFormat', value: 'json' },
        ],
      },
    });
    const mail = {
      host: '127.0.0.1',
      port: String(smtp.port),
      security: 'none',
      user: 'club',
      password: 'smtp-password-1',
      fromAddress: 'club@example.com',
      fromName: 'Club',
    };
    await admin.requestOk(save, {
      input: {
        provider: 'smtp',
        name: 'Mail',
        settings: Object.entries(mail).map(([key, value]) => ({ key, value })),
      },
    });
    await member({ firstName: 'Leila', mobile: MOBILE });
    await member({ firstName: 'Nasrin', mobile: '09125556688', email: EMAIL, language: 'fa' });
  });

  it('by mobile: the link on the sign-in page, the SMS code, a new password, signed in; the old password is refused', async () => {
    await phone.goto(`${s.server.url}/self-service/?workspace=${s.workspace.id}`);
    await phone.locator(tid('ss-forgot-link')).waitFor();
    await inEveryLanguage('password-reset-sign-in');
    await phone.click(tid('ss-forgot-link'));
    await phone.locator(tid('ss-forgot')).waitFor();
    await inEveryLanguage('password-reset-ask');

    // In Persian, with Persian digits as a Persian keyboard types them.
    await phone.fill(tid('ss-login'), '۰۹۱۲۵۵۵۶۶۷۷');
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-forgot-code')).waitFor();
    expect(await phone.locator(tid('ss-forgot-code')).innerText()).toContain('۰۹۱۲۵۵۵۶۶۷۷');
    await expect.poll(() => gateway.sent.length).toBe(1);
    expect(gateway.sent[0]?.to).toBe('+989125556677');
    expect(gateway.sent[0]?.text).toMatch(/[۰-۹]{6}/);
    const code = /(\d{6})/.exec(latinDigits(gateway.sent[0]?.text ?? ''))?.[1] as string;
    await inEveryLanguage('password-reset-code');
    // Its 15 minutes in Persian digits.
    expect(await phone.locator(tid('ss-forgot-code')).innerText()).toContain('۱۵ دقیقه');

    await phone.fill(tid('ss-code'), code === '000000' ? '۱۱۱۱۱۱' : '۰۰۰۰۰۰');
    await phone.fill(tid('ss-password'), 'my-new-password-22');
    await phone.fill(tid('ss-repeat'), 'my-new-password-22');
    await phone.click(tid('ss-submit'));
    // Refused on the code's input, in Persian, with the tries left in Persian digits.
    await expect
      .poll(() => phone.locator(tid('ss-forgot-code')).innerText())
      .toContain('کد نادرست است؛ ۴ بار');

    await phone.fill(
      tid('ss-code'),
      code.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] as string),
    );
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-account')).waitFor();
    expect(await phone.locator(tid('ss-account')).innerText()).toContain('Leila');
    expect(new URL(phone.url()).hash).toBe('');

    await signOutAndTry(MOBILE, OLD);
    await expect
      .poll(() => phone.locator(tid('ss-error')).innerText())
      .toBe('نام کاربری یا گذرواژه نادرست است');
    await phone.fill(tid('ss-password'), 'my-new-password-22');
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-account')).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('by email: the link in the email opens the new password page, then the account; the old password is refused', async () => {
    await signOut();
    await phone.locator(tid('ss-forgot-link')).click();
    await phone.locator(tid('ss-forgot')).waitFor();
    await chooseCustomerLocale(phone, 'en');
    await phone.fill(tid('ss-login'), ' Nasrin@Example.com');
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-forgot-emailed')).waitFor();
    expect(await phone.locator(tid('ss-forgot-emailed')).innerText()).toContain('Nasrin@Example.com');
    await inEveryLanguage('password-reset-emailed');

    const resetMail = () =>
      smtp.received.find((m) => m.envelope.to.includes(EMAIL) && /reset-password/.test(m.mail.text ?? ''));
    await expect.poll(() => resetMail() !== undefined).toBe(true);
    const mail = resetMail();
    // In the customer's language of messages (Persian), whatever the page's was.
    expect(mail?.mail.subject).toContain('گذرواژهٔ تازه');
    const link = new URL(
      /(https?:\/\/\S+reset-password\?token=\S+)/.exec(mail?.mail.text ?? '')?.[1] as string,
    );
    await phone.goto(`${s.server.url}${link.pathname}${link.search}`);
    await phone.locator(tid('ss-set-password')).waitFor();
    expect(await phone.locator('h2').innerText()).toBe(fa['reset.title']);
    await inEveryLanguage('password-reset-link');

    await phone.fill(tid('ss-password'), 'nasrin-new-pass-3');
    await phone.fill(tid('ss-repeat'), 'nasrin-new-pass-3');
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-account')).waitFor();
    expect(await phone.locator(tid('ss-account')).innerText()).toContain('Nasrin');
    expect(new URL(phone.url()).pathname).toBe('/self-service/');

    await signOutAndTry(EMAIL, OLD);
    await expect
      .poll(() => phone.locator(tid('ss-error')).innerText())
      .toBe('نام کاربری یا گذرواژه نادرست است');
    await phone.fill(tid('ss-password'), 'nasrin-new-pass-3');
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-account')).waitFor();

    // The link is used up: opened again, it says so and offers a new one.
    await signOut();
    await phone.locator(tid('ss-sign-in')).waitFor();
    await phone.goto(`${s.server.url}${link.pathname}${link.search}`);
    await phone.fill(tid('ss-password'), 'nasrin-third-pass-4');
    await phone.fill(tid('ss-repeat'), 'nasrin-third-pass-4');
    await phone.click(tid('ss-submit'));
    await expect.poll(() => phone.locator(tid('ss-error')).innerText()).toContain('این پیوند منقضی شده');
    await phone.click(tid('ss-reset-again'));
    await phone.locator(tid('ss-forgot')).waitFor();
    expect(s.errors).toEqual([]);
  });
});
