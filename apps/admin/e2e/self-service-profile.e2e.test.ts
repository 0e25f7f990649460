import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../src/self-service-pages/texts';
import { fa } from '../src/self-service-pages/texts.fa';
import { ru } from '../src/self-service-pages/texts.ru';
import { chooseCustomerLocale, openPhone, phoneShot } from './phone';
import { type BrowserSession, openSession } from './session';

/**
 * "My consents" and "My details" on the customer's account page, on a phone: a switch given and one
 * withdrawn, the name and birth date (typed in Persian digits) corrected, and what staff then see.
 */

let s: BrowserSession;
let phone: Page;
let customerId: string;
const LOCALES = ['en', 'ru', 'fa'] as const;
const TEXTS = { en, ru, fa };
const PASSWORD = 'my-own-pass-1';
const tid = (id: string) => `[data-testid="${id}"]`;
const CARD = `query($id: ID!) { customer(id: $id) { attributes consents { kind state record { source } } } }`;

beforeAll(async () => {
  process.env.PATRON_SECRET_KEY ??= 'browser-test-key-0123456789abcdef01234';
  s = await openSession();
  phone = await openPhone(s);
});
afterAll(async () => s?.close());

describe('the customer’s own consents and details', () => {
  it('signs in from an invitation and sees the consents as staff recorded them', async () => {
    const { createCustomer } = await s.workspace.as.OPERATOR.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      { a: { firstName: 'Sara', lastName: 'Ahmadi', mobile: '+989125553344', email: 'sara@example.com' } },
    );
    customerId = createCustomer.id;
    await s.workspace.as.OPERATOR.requestOk(
      'mutation($c: ID!) { grantConsent(input: { customerId: $c, kind: EMAIL, capturedVia: IN_STORE }) { state } }',
      { c: customerId },
    );
    const { inviteCustomerToSelfService } = await s.workspace.as.OPERATOR.requestOk(
      'mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }',
      { id: customerId },
    );
    const url = new URL(inviteCustomerToSelfService.link);
    await phone.goto(`${s.server.url}${url.pathname}${url.search}`);
    await phone.fill(tid('ss-password'), PASSWORD);
    await phone.fill(tid('ss-repeat'), PASSWORD);
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-consents')).waitFor();
    expect(await phone.locator(tid('ss-consent-EMAIL')).isChecked()).toBe(true);
    expect(await phone.locator(tid('ss-consent-SMS')).isChecked()).toBe(false);
    expect(await phone.locator(tid('ss-consent-PERSONAL_DATA')).count()).toBe(0);
    // Push has its own switch, which subscribes this device along with the consent.
    expect(await phone.locator(tid('ss-consent-PUSH')).count()).toBe(0);
  });

  it('gives SMS and withdraws email with one switch each', async () => {
    await phone.locator(tid('ss-consent-SMS')).click();
    await expect.poll(() => phone.locator(tid('ss-consent-SMS')).isChecked()).toBe(true);
    await phone.locator(tid('ss-consent-EMAIL')).click();
    await expect.poll(() => phone.locator(tid('ss-consent-EMAIL')).isChecked()).toBe(false);
    expect(await phone.locator(tid('ss-consent-EMAIL-since')).textContent()).toMatch(/^Withdrawn on /);
    const card = (await s.workspace.as.ANALYST.requestOk(CARD, { id: customerId })).customer;
    const state = (kind: string) => card.consents.find((c: { kind: string }) => c.kind === kind);
    expect(state('SMS')).toEqual({ kind: 'SMS', state: 'GRANTED', record: { source: 'self-service' } });
    expect(state('EMAIL')).toEqual({ kind: 'EMAIL', state: 'WITHDRAWN', record: { source: 'self-service' } });
  });

  it('corrects the first name and the birth date typed in Persian digits', async () => {
    await chooseCustomerLocale(phone, 'fa');
    await phone.fill(tid('ss-details-firstName'), 'Sarah');
    await phone.fill(tid('ss-details-birthDate'), '۱۹۹۰/۰۴/۰۲');
    await phone.click(tid('ss-details-save'));
    await phone.locator(tid('ss-details-saved')).waitFor();
    expect(await phone.locator(tid('ss-hello')).textContent()).toContain('Sarah');
    expect(await phone.locator(tid('ss-details-birthDate')).inputValue()).toBe('1990-04-02');
    const card = (await s.workspace.as.ANALYST.requestOk(CARD, { id: customerId })).customer;
    expect(card.attributes).toMatchObject({
      firstName: 'Sarah',
      lastName: 'Ahmadi',
      birthDate: '1990-04-02',
    });
  });

  it('refuses a bad email on its field, in the customer’s language', async () => {
    await chooseCustomerLocale(phone, 'en');
    await phone.fill(tid('ss-details-email'), 'not an email');
    await phone.click(tid('ss-details-save'));
    await phone
      .locator(`${tid('ss-details')} .Mui-error`)
      .first()
      .waitFor();
    const card = (await s.workspace.as.ANALYST.requestOk(CARD, { id: customerId })).customer;
    expect(card.attributes.email).toBe('sara@example.com');
    await phone.fill(tid('ss-details-email'), 'sara@example.com');
    await phone.click(tid('ss-details-save'));
    await phone.locator(tid('ss-details-saved')).waitFor();
    expect(await phone.locator(`${tid('ss-details')} .Mui-error`).count()).toBe(0);
  });

  it('says it all in en, ru and fa', async () => {
    for (const locale of LOCALES) {
      await chooseCustomerLocale(phone, locale);
      const consents = (await phone.locator(tid('ss-consents')).textContent()) ?? '';
      const details = (await phone.locator(tid('ss-details')).textContent()) ?? '';
      expect(consents).toContain(TEXTS[locale]['consents.title']);
      expect(consents).toContain(TEXTS[locale]['consents.kind.SMS']);
      expect(details).toContain(TEXTS[locale]['details.title']);
      expect(`${consents}${details}`).not.toMatch(/(consents|details)\.\w+/);
      if (locale === 'fa') {
        expect(await phone.evaluate(() => document.documentElement.dir)).toBe('rtl');
        // The birth date in the Jalali calendar with Persian digits under its field.
        expect(details).toMatch(/[۰-۹]{4}/);
      }
      await phoneShot(phone, `self-service-profile-${locale}`);
    }
    expect(s.errors).toEqual([]);
  });
});
