import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../src/self-service-pages/texts';
import { chooseCustomerLocale, openPhone, phoneShot } from './phone';
import { type BrowserSession, openSession } from './session';

/**
 * The customer's own pages at /self-service/: the invitation's link, their account, a request,
 * sign-out and sign-in again, on a phone, in English, Russian and Persian.
 */

let s: BrowserSession;
let phone: Page;
const LOCALES = ['en', 'ru', 'fa'] as const;
const PASSWORD = 'my-own-pass-1';
// A text missing in a language would show as its key.
const KEYS = Object.keys(en).filter((key) => key.includes('.'));
const tid = (id: string) => `[data-testid="${id}"]`;

beforeAll(async () => {
  s = await openSession();
  // A browser of its own (no staff cookie), phone-sized.
  phone = await openPhone(s);
});
afterAll(async () => s?.close());

const shot = phoneShot;

async function chooseLocale(page: Page, locale: (typeof LOCALES)[number]) {
  await chooseCustomerLocale(page, locale);
  expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
}

/** Nothing sticks out sideways, and no text shows as a key. */
async function looksRight(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const text = await page.evaluate(() => document.body.textContent ?? '');
  expect(KEYS.filter((key) => text.includes(key))).toEqual([]);
}

describe('a customer uses their self-service pages', () => {
  let link = '';
  let customerId = '';

  it('is invited by the staff, with balance given for a reason', async () => {
    const admin = s.workspace.as.ADMIN;
    const { createCustomer } = await admin.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      { a: { firstName: 'Shirin', lastName: 'Moradi', mobile: '+989125553344' } },
    );
    customerId = createCustomer.id;
    await admin.requestOk('mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }', {
      input: {
        customerId,
        currency: 'coins',
        amount: 25,
        reason: 'Welcome gift',
        comment: 'INTERNAL-NOTE-X',
        idempotencyKey: `pages-${customerId}`,
      },
    });
    const { inviteCustomerToSelfService } = await s.workspace.as.OPERATOR.requestOk(
      'mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }',
      { id: customerId },
    );
    const url = new URL(inviteCustomerToSelfService.link);
    link = `${s.server.url}${url.pathname}${url.search}`;
  });

  it('opens the link, is refused a short password in Persian, and sets one', async () => {
    await phone.goto(link);
    await phone.locator(tid('ss-set-password')).waitFor();
    for (const locale of LOCALES) {
      await chooseLocale(phone, locale);
      await looksRight(phone);
      await shot(phone, `self-service-set-password-${locale}`);
    }
    // Persian: the refusal by its code, with Persian digits.
    await phone.fill(tid('ss-password'), 'short');
    await phone.fill(tid('ss-repeat'), 'short');
    await phone.click(tid('ss-submit'));
    await phone.getByText('دست‌کم ۱۰ نویسه', { exact: true }).waitFor();
    await phone.fill(tid('ss-password'), PASSWORD);
    await phone.fill(tid('ss-repeat'), `${PASSWORD}x`);
    await phone.click(tid('ss-submit'));
    await phone.getByText('دو گذرواژه یکسان نیستند').waitFor();
    await chooseLocale(phone, 'en');
    await phone.fill(tid('ss-repeat'), PASSWORD);
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-account')).waitFor();
    expect(new URL(phone.url()).pathname).toBe('/self-service/');
  });

  it('sees their balance and the operation with its reason, never the staff comment', async () => {
    await expect.poll(() => phone.locator(tid('ss-balance-coins')).textContent()).toContain('25');
    await phone.locator(tid('ss-operation')).getByText('Welcome gift').waitFor();
    expect(await phone.locator(tid('ss-hello')).textContent()).toBe('Hello, Shirin Moradi');
    expect(await phone.evaluate(() => document.body.textContent)).not.toContain('INTERNAL-NOTE-X');
    for (const locale of LOCALES) {
      await chooseLocale(phone, locale);
      await looksRight(phone);
      await shot(phone, `self-service-account-${locale}`);
    }
    // Persian digits in Persian.
    expect(await phone.locator(tid('ss-balance-coins')).textContent()).toContain('۲۵');
  });

  it('sends a request, which the staff see', async () => {
    await chooseLocale(phone, 'en');
    await phone.fill(tid('ss-request-subject'), 'Lost card');
    await phone.fill(tid('ss-request-text'), 'I lost my card; please send a new one.');
    await phone.click(tid('ss-request-send'));
    await phone.locator(tid('ss-request-sent')).waitFor();
    await phone.locator(tid('ss-request')).getByText('Lost card').waitFor();
    await phone.locator(tid('ss-request')).getByText('Waiting for an answer').waitFor();
    const { customerRequests } = await s.workspace.as.OPERATOR.requestOk(
      '{ customerRequests { edges { node { subject customerId } } } }',
    );
    expect(customerRequests.edges.map((e: { node: { subject: string } }) => e.node.subject)).toEqual([
      'Lost card',
    ]);
  });

  it('signs out, is refused a wrong password in Russian, and signs in by the mobile in national form', async () => {
    await phone.click(tid('ss-sign-out'));
    await phone.locator(tid('ss-sign-in')).waitFor();
    // Signed out for the server too: the account is not shown on reload.
    await phone.reload();
    await phone.locator(tid('ss-sign-in')).waitFor();
    for (const locale of LOCALES) {
      await chooseLocale(phone, locale);
      await looksRight(phone);
      await shot(phone, `self-service-sign-in-${locale}`);
    }
    await chooseLocale(phone, 'ru');
    await phone.fill(tid('ss-login'), '0912 555 3344');
    await phone.fill(tid('ss-password'), 'not-my-password');
    await phone.click(tid('ss-submit'));
    expect(await phone.locator(tid('ss-error')).textContent()).toBe('Неверный логин или пароль');
    await phone.fill(tid('ss-password'), PASSWORD);
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-account')).waitFor();
    expect(await phone.locator(tid('ss-hello')).textContent()).toBe('Здравствуйте, Shirin Moradi');
  });

  it('reads the staff’s answer and pages through older operations with "more"', async () => {
    const operator = s.workspace.as.OPERATOR;
    const { customerRequests } = await operator.requestOk('{ customerRequests { edges { node { id } } } }');
    await operator.requestOk(
      'mutation($id: ID!) { answerCustomerRequest(id: $id, text: "A new card is on its way.") { id } }',
      {
        id: customerRequests.edges[0].node.id,
      },
    );
    for (let i = 1; i <= 5; i++)
      await s.workspace.as.ADMIN.requestOk(
        'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }',
        {
          input: {
            customerId,
            currency: 'coins',
            amount: i,
            reason: `Visit ${i}`,
            idempotencyKey: `pages-${customerId}-${i}`,
          },
        },
      );
    await phone.reload();
    await phone.locator(tid('ss-answer')).getByText('A new card is on its way.').waitFor();
    await expect.poll(() => phone.locator(tid('ss-operation')).count()).toBe(5);
    await phone.click(tid('ss-operations-more'));
    await expect.poll(() => phone.locator(tid('ss-operation')).count()).toBe(6);
    await phone.locator(tid('ss-operation')).last().getByText('Welcome gift').waitFor();
    await expect(phone.locator(tid('ss-operations-more')).count()).resolves.toBe(0);
  });

  it('a used link says so, translated, and a desktop browser shows the same pages', async () => {
    const desktop = await s.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fa-IR' });
    await desktop.goto(link);
    // The browser's language is the first one.
    expect(await desktop.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await desktop.fill(tid('ss-password'), PASSWORD);
    await desktop.fill(tid('ss-repeat'), PASSWORD);
    await desktop.click(tid('ss-submit'));
    expect(await desktop.locator(tid('ss-error')).textContent()).toBe(
      'این پیوند منقضی شده یا قبلاً استفاده شده است؛ دعوت‌نامهٔ تازه بخواهید',
    );
    await looksRight(desktop);
    await shot(desktop, 'self-service-used-link-fa-desktop');
    // Without a workspace in the address or remembered, the sign-in page says where to go.
    await desktop.goto(`${s.server.url}/self-service/`);
    await desktop.locator(tid('ss-no-workspace')).waitFor();
    await desktop.goto(`${s.server.url}/self-service/?workspace=${s.workspace.id}`);
    await desktop.fill(tid('ss-login'), '۰۹۱۲۵۵۵۳۳۴۴');
    await desktop.fill(tid('ss-password'), PASSWORD);
    await desktop.click(tid('ss-submit'));
    await desktop.locator(tid('ss-account')).waitFor();
    await looksRight(desktop);
    await shot(desktop, 'self-service-account-fa-desktop');
    await desktop.close();
    expect(s.errors).toEqual([]);
  });
});
