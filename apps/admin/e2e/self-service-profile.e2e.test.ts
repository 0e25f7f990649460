import path from 'node:path';
import { screenshotsDir } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../src/self-service-pages/texts';
import { fa } from '../src/self-service-pages/texts.fa';
import { ru } from '../src/self-service-pages/texts.ru';
import { interpolate } from '../src/self-service-pages/words';
import { chooseCustomerLocale, openPhone, phoneShot } from './phone';
import { type BrowserSession, openSession } from './session';

/**
 * "My consents" and "My details" on the customer's account page, on a phone: a switch given and one
 * withdrawn, the name and the birth date (in Jalali in Persian, in Gregorian in English, refused when
 * no such day or not yet come) corrected, and what staff then see.
 */

let s: BrowserSession;
let phone: Page;
let customerId: string;
const LOCALES = ['en', 'ru', 'fa'] as const;
const TEXTS = { en, ru, fa };
const PASSWORD = 'my-own-pass-1';
const tid = (id: string) => `[data-testid="${id}"]`;
const CARD = `query($id: ID!) { customer(id: $id) { attributes consents { kind state record { source } } } }`;

/** The customer's attributes as staff see them on the card. */
const attributes = async () =>
  (await s.workspace.as.ANALYST.requestOk(CARD, { id: customerId })).customer.attributes;
/** The line under the birth date: the day as read, or why it is refused. */
const shown = async () => (await phone.locator(tid('ss-details-birth-shown')).textContent())?.trim();
const typedDay = () =>
  Promise.all(
    ['day', 'month', 'year'].map((part) => phone.locator(tid(`ss-details-birth-${part}`)).inputValue()),
  );
/** How many profile updates leave the page from now on. */
function profileUpdatesSent(): () => number {
  let count = 0;
  phone.on('request', (request) => {
    if (request.postData()?.includes('updateMyProfile')) count++;
  });
  return () => count;
}
async function detailsShot(name: string): Promise<void> {
  await phone.locator(tid('ss-details')).screenshot({ path: path.join(screenshotsDir(), `${name}.png`) });
}

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

  it('takes the birth date in Jalali in Persian, in any digits, and sends its Gregorian day', async () => {
    await chooseCustomerLocale(phone, 'fa');
    await phone.fill(tid('ss-details-firstName'), 'Sarah');
    // 13 Farvardin 1369: the day in Persian digits, the year in Latin ones, as two keyboards give them.
    await phone.fill(tid('ss-details-birth-day'), '۱۳');
    await phone.selectOption(tid('ss-details-birth-month'), { label: 'فروردین' });
    await phone.fill(tid('ss-details-birth-year'), '1369');
    expect(await phone.locator(tid('ss-details-birth-year')).inputValue()).toBe('۱۳۶۹');
    expect(await shown()).toBe('۱۳ فروردین ۱۳۶۹ · به میلادی: ۲ آوریل ۱۹۹۰');
    await phone.click(tid('ss-details-save'));
    await phone.locator(tid('ss-details-saved')).waitFor();
    expect(await phone.locator(tid('ss-hello')).textContent()).toContain('Sarah');
    expect(await typedDay()).toEqual(['۱۳', '1', '۱۳۶۹']);
    expect(await attributes()).toMatchObject({
      firstName: 'Sarah',
      lastName: 'Ahmadi',
      birthDate: '1990-04-02',
    });
  });

  it('refuses 30 Esfand of a common year and a day after today, naming the field, before sending', async () => {
    const sent = profileUpdatesSent();
    await phone.fill(tid('ss-details-birth-day'), '٣٠');
    await phone.selectOption(tid('ss-details-birth-month'), '12');
    await phone.fill(tid('ss-details-birth-year'), '۱۴۰۲');
    await phone.click(tid('ss-details-save'));
    await expect
      .poll(shown)
      .toBe(interpolate(fa['details.birthDateNoSuchDay'], { month: 'اسفند', year: '۱۴۰۲', day: '۳۰' }));
    await detailsShot('self-service-birth-date-refused-fa');
    await phone.fill(tid('ss-details-birth-day'), '۲۹');
    await phone.fill(tid('ss-details-birth-year'), '۱۴۹۹');
    await phone.click(tid('ss-details-save'));
    await expect.poll(shown).toBe(fa['details.birthDateFuture']);
    expect(sent()).toBe(0);
    expect((await attributes()).birthDate).toBe('1990-04-02');
    // 1403 is a leap year: its 30 Esfand is 20 March 2025.
    await phone.fill(tid('ss-details-birth-day'), '۳۰');
    await phone.fill(tid('ss-details-birth-year'), '۱۴۰۳');
    await phone.click(tid('ss-details-save'));
    await phone.locator(tid('ss-details-saved')).waitFor();
    expect((await attributes()).birthDate).toBe('2025-03-20');
  });

  it('takes the birth date in Gregorian in English, the month by its name', async () => {
    await chooseCustomerLocale(phone, 'en');
    // The same day, now in the Gregorian calendar.
    expect(await typedDay()).toEqual(['20', '3', '2025']);
    await phone.fill(tid('ss-details-birth-day'), '30');
    await phone.selectOption(tid('ss-details-birth-month'), { label: 'February' });
    await phone.fill(tid('ss-details-birth-year'), '1990');
    await phone.click(tid('ss-details-save'));
    await expect
      .poll(shown)
      .toBe(interpolate(en['details.birthDateNoSuchDay'], { month: 'February', year: '1990', day: '30' }));
    await phone.fill(tid('ss-details-birth-day'), '۲');
    await phone.selectOption(tid('ss-details-birth-month'), { label: 'April' });
    expect(await shown()).toBe('2 Apr 1990');
    await phone.click(tid('ss-details-save'));
    await phone.locator(tid('ss-details-saved')).waitFor();
    expect(await typedDay()).toEqual(['2', '4', '1990']);
    expect((await attributes()).birthDate).toBe('1990-04-02');
  });

  it('clears the birth date with all three inputs empty, and asks for all three when one is missing', async () => {
    await phone.fill(tid('ss-details-birth-day'), '');
    await phone.click(tid('ss-details-save'));
    await expect.poll(shown).toBe(en['details.birthDateIncomplete']);
    await phone.selectOption(tid('ss-details-birth-month'), '');
    await phone.fill(tid('ss-details-birth-year'), '');
    await phone.click(tid('ss-details-save'));
    await phone.locator(tid('ss-details-saved')).waitFor();
    expect((await attributes()).birthDate).toBeUndefined();
    await phone.fill(tid('ss-details-birth-day'), '2');
    await phone.selectOption(tid('ss-details-birth-month'), '4');
    await phone.fill(tid('ss-details-birth-year'), '1990');
    await phone.click(tid('ss-details-save'));
    await phone.locator(tid('ss-details-saved')).waitFor();
    expect((await attributes()).birthDate).toBe('1990-04-02');
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
        // The birth date in the Jalali calendar with Persian digits, and its Gregorian day under it.
        expect(await typedDay()).toEqual(['۱۳', '1', '۱۳۶۹']);
        expect(await shown()).toBe('۱۳ فروردین ۱۳۶۹ · به میلادی: ۲ آوریل ۱۹۹۰');
      }
      await phoneShot(phone, `self-service-profile-${locale}`);
      await detailsShot(`self-service-birth-date-${locale}`);
    }
    expect(s.errors).toEqual([]);
  });
});
