import { GraphQLClient } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => s?.close());

const tid = (id: string) => `[data-testid="${id}"]`;
const LOCALES = ['en', 'ru', 'fa'] as const;

/** Texts left untranslated show as their keys. */
async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

/** Nothing sticks out of the page sideways (RTL included). */
async function fitsSideways(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('self-service: an operator invites a customer and answers their request', () => {
  let customerId = '';
  let link = '';
  const customer = () => new GraphQLClient(s.server.graphqlUrl);
  let me: GraphQLClient;

  it('the operator invites the customer from the card and sees the link to hand over', async () => {
    const { page } = s;
    const { createCustomer } = await s.workspace.as.ADMIN.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      { a: { firstName: 'Shirin', lastName: 'Moradi', mobile: '0912 555 3344' } },
    );
    customerId = createCustomer.id;
    await s.signIn(s.workspace.emails.OPERATOR);
    await page.goto(`${s.server.url}/#/customers/${customerId}/show`);
    for (const locale of LOCALES) {
      await chooseLocale(page, locale);
      await page.click(tid('invite-self-service'));
      const dialog = page.locator(tid('invitation-dialog'));
      await dialog.waitFor();
      link = await page.locator(tid('invitation-link')).inputValue();
      // The token starts with the workspace's id (see modules/self-service/workspace-token.ts).
      expect(link).toMatch(new RegExp(`/self-service/set-password\\?token=${s.workspace.id}\\.[\\w-]{43}$`));
      // The workspace's sign-in address for customers, on the same server.
      expect(await page.locator(tid('invitation-sign-in-address')).inputValue()).toBe(
        `${new URL(link).origin}/self-service/?workspace=${s.workspace.id}`,
      );
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      expect(await page.locator(tid('invitation-link')).getAttribute('dir')).toBe('ltr');
      expect(await untranslated(page)).toEqual([]);
      await s.shot(`self-service-invitation-${locale}`);
      await dialog.locator('.MuiDialogActions-root button').click();
      await dialog.waitFor({ state: 'detached' });
    }
    expect(s.errors).toEqual([]);
  });

  it('the customer sets a password with the link and sends a request', async () => {
    me = customer();
    const token = new URL(link).searchParams.get('token');
    await me.requestOk(
      'mutation($t: String!) { setSelfServicePassword(token: $t, password: "my-own-pass-1") { customerId } }',
      {
        t: token,
      },
    );
    await me.requestOk(
      'mutation { sendRequest(subject: "کارت گم شده", text: "کارتم را گم کرده‌ام. لطفاً کارت تازه بفرستید.") { id } }',
    );
  });

  it('the operator reads the request in en, ru and fa and answers it', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customerRequests`);
    for (const locale of LOCALES) {
      await chooseLocale(page, locale);
      await page.locator(tid('request-list')).getByText('کارت گم شده').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await untranslated(page)).toEqual([]);
      await fitsSideways(page);
      await s.shot(`self-service-requests-${locale}`);
    }
    const answer = page.locator('[data-testid^="request-answer-"]').first();
    await answer.click();
    const dialog = page.locator(tid('answer-dialog'));
    await dialog.waitFor();
    await page.fill(tid('answer-text'), 'کارت تازه فردا آماده است.');
    expect(await untranslated(page)).toEqual([]);
    await s.shot('self-service-answer-fa');
    await page.click(tid('answer-submit'));
    await dialog.waitFor({ state: 'detached' });
    // The screen shows open requests: the answered one leaves it.
    await expect.poll(() => page.locator(tid('request-list')).getByText('کارت گم شده').count()).toBe(0);
    await chooseLocale(page, 'en');
    expect(s.errors).toEqual([]);

    const { myRequests } = await me.requestOk('{ myRequests { status answer } }');
    expect(myRequests).toEqual([{ status: 'ANSWERED', answer: 'کارت تازه فردا آماده است.' }]);
  });

  it('the list brings the next requests as the operator scrolls, past the first page', async () => {
    for (let i = 1; i <= 60; i++)
      await me.requestOk(
        'mutation($s: String!) { sendRequest(subject: $s, text: "More points, please") { id } }',
        {
          s: `Request ${i}`,
        },
      );
    const { page } = s;
    await page.goto(`${s.server.url}/#/customerRequests`);
    await page.reload();
    const rows = page.locator(`${tid('request-list')} tbody tr`);
    await expect.poll(() => rows.count()).toBe(50);
    // Newest first.
    expect(await rows.first().innerText()).toContain('Request 60');
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, 5000);
        return rows.count();
      })
      .toBe(60);
    expect(await rows.last().innerText()).toContain('Request 1');
    expect(s.errors).toEqual([]);
  });
});
