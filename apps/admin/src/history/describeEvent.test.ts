import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { HistoryEventType } from '../gql/graphql';
import { CATALOGS } from '../i18n/catalogs';
import { deepMerge } from '../i18n/deepMerge';
import { en } from '../i18n/en';
import { fa } from '../i18n/fa';
import { FAMILY_EN } from '../i18n/familyMessages';
import { FAMILY_FA } from '../i18n/familyMessages.fa';
import { FAMILY_RU } from '../i18n/familyMessages.ru';
import { LOCALES, type UiLocale } from '../i18n/locales';
import { ru } from '../i18n/ru';
import { type Change, describeEvent, TEMPLATE_TYPES, type Words } from './describeEvent';

const ID = '0b7c1d4e-1111-4222-8333-944445555666';
const OTHER = '0b7c1d4e-2222-4222-8333-944445555666';

/** One event of every type as the server writes it today (and one erased change). */
const SAMPLES: Record<HistoryEventType, Change[]> = {
  CUSTOMER_CREATED: [
    { key: 'firstName', oldValue: null, newValue: 'Zahra' },
    { key: 'mainCustomerId', oldValue: null, newValue: OTHER },
  ],
  CUSTOMER_UPDATED: [
    { key: 'lastName', oldValue: 'Ahmadi', newValue: 'Karimi' },
    { key: 'email', oldValue: null, newValue: null, erased: true },
  ],
  CUSTOMER_ACTIVATED: [{ key: 'status', oldValue: 'INACTIVE', newValue: 'ACTIVE' }],
  CUSTOMER_DEACTIVATED: [{ key: 'status', oldValue: 'ACTIVE', newValue: 'INACTIVE' }],
  CUSTOMER_DELETED: [],
  CUSTOMER_TAGGED: [{ key: 'tags', oldValue: ['VIP'], newValue: ['Gold', 'New'] }],
  CUSTOMER_ERASED: [{ key: 'status', oldValue: 'ACTIVE', newValue: 'ERASED' }],
  BALANCE_CHANGED: [
    { key: 'balance.coins', oldValue: 0, newValue: 20 },
    {
      key: 'operation',
      oldValue: null,
      newValue: {
        kind: 'EARN',
        reason: 'Points for a purchase (INV-1)',
        reasonCode: 'PURCHASE_POINTS',
        reasonParams: { invoice: 'INV-1' },
      },
    },
  ],
  PURCHASE_RECORDED: [
    {
      key: 'purchase',
      oldValue: null,
      newValue: {
        id: OTHER,
        amount: 200,
        invoiceNumber: 'INV-1',
        branch: 'Tajrish',
        paymentStatus: 'PENDING',
      },
    },
  ],
  PURCHASE_RETURNED: [
    {
      key: 'purchase',
      oldValue: { id: OTHER, returnedAmount: 0 },
      newValue: { id: OTHER, returnedAmount: 50, reason: 'Too big' },
    },
  ],
  TIER_CHANGED: [{ key: 'tier', oldValue: 'bronze', newValue: 'silver' }],
  GROUPS_CHANGED: [{ key: 'groups', oldValue: ['Club'], newValue: ['Club', 'Staff'] }],
  RFM_CHANGED: [{ key: 'rfm', oldValue: 'CHAMPIONS', newValue: 'AT_RISK' }],
  REFERRAL_RECORDED: [{ key: 'referrer', oldValue: null, newValue: OTHER }],
  GIFT_CARD_REDEEMED: [
    { key: 'giftCard', oldValue: null, newValue: { code: 'ABCD-EFGH-JKLM', value: 25, currency: 'credit' } },
  ],
  SELF_SERVICE_INVITED: [
    { key: 'invitationExpiresAt', oldValue: null, newValue: '2026-12-10T10:00:00.000Z' },
  ],
  SELF_SERVICE_PASSWORD_SET: [{ key: 'selfService', oldValue: null, newValue: 'passwordSet' }],
  SELF_SERVICE_SIGNED_IN: [
    { key: 'selfService', oldValue: null, newValue: 'signedIn' },
    {
      key: 'userAgent',
      oldValue: null,
      newValue:
        'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
    },
  ],
  CUSTOMER_REQUEST_SENT: [
    { key: 'subject', oldValue: null, newValue: 'Lost card' },
    { key: 'text', oldValue: null, newValue: 'I lost my card.' },
  ],
  CUSTOMER_REQUEST_ANSWERED: [
    { key: 'subject', oldValue: null, newValue: 'Lost card' },
    { key: 'answer', oldValue: null, newValue: 'A new one is on its way.' },
  ],
  CUSTOMER_REQUEST_CLOSED: [{ key: 'subject', oldValue: null, newValue: 'Lost card' }],
  CUSTOMER_PROFILE_ATTACHED: [
    { key: 'childProfile', oldValue: null, newValue: { id: OTHER, source: 'shop', subSource: null } },
  ],
  CUSTOMER_MERGED: [
    {
      key: 'mergedProfile',
      oldValue: null,
      newValue: {
        id: OTHER,
        mergeId: OTHER,
        purchases: 2,
        history: 5,
        tags: 1,
        groups: 0,
        referrals: 0,
        children: 0,
        balances: [{ currency: 'coins', amount: 40 }],
      },
    },
  ],
  CUSTOMER_MERGED_INTO: [{ key: 'mainCustomerId', oldValue: null, newValue: OTHER }],
  CONSENT_GRANTED: [
    { key: 'consentSms', oldValue: null, newValue: 'GRANTED' },
    { key: 'capturedVia', oldValue: null, newValue: 'IN_STORE' },
    { key: 'source', oldValue: null, newValue: 'Tajrish branch' },
  ],
  CONSENT_WITHDRAWN: [{ key: 'consentPersonalData', oldValue: 'GRANTED', newValue: 'WITHDRAWN' }],
  CUSTOMER_VERIFIED: [{ key: 'verification', oldValue: 'NEW', newValue: 'VERIFIED' }],
  CUSTOMER_UNCONFIRMED: [
    { key: 'verification', oldValue: 'VERIFIED', newValue: 'UNCONFIRMED' },
    { key: 'phoneVerified', oldValue: true, newValue: false },
  ],
  CONTACT_VERIFICATION_CHANGED: [{ key: 'emailVerified', oldValue: false, newValue: true }],
  NOTE_ADDED: [{ key: 'note', oldValue: null, newValue: OTHER }],
  MESSAGE_SENT: [
    { key: 'automation', oldValue: null, newValue: { id: OTHER, name: 'Birthday greeting', channel: 'SMS' } },
  ],
  MESSAGE_DELIVERED: [
    { key: 'mailing', oldValue: null, newValue: { id: OTHER, name: 'Winter sale', channel: 'EMAIL' } },
  ],
  MESSAGE_FAILED: [
    { key: 'mailing', oldValue: null, newValue: { id: OTHER, name: 'Winter sale', channel: 'TELEGRAM' } },
    { key: 'reason', oldValue: null, newValue: 'CHANNEL_ADDRESS_REJECTED' },
  ],
  MESSAGE_CLICKED: [
    { key: 'mailing', oldValue: null, newValue: { id: OTHER, name: 'Winter sale', channel: 'EMAIL' } },
    { key: 'url', oldValue: null, newValue: 'https://shop.example/winter' },
  ],
  MESSAGE_OPENED: [
    { key: 'mailing', oldValue: null, newValue: { id: OTHER, name: 'Winter sale', channel: 'EMAIL' } },
  ],
  NOTE_EDITED: [{ key: 'note', oldValue: OTHER, newValue: OTHER }],
  NOTE_DELETED: [{ key: 'note', oldValue: OTHER, newValue: null }],
  RELATION_ADDED: [
    {
      key: 'relation',
      oldValue: null,
      newValue: {
        type: 'family',
        label: { en: 'Family', ru: 'Семья', fa: 'خانواده' },
        customerId: OTHER,
        name: 'Vera',
      },
    },
  ],
  RELATION_REMOVED: [
    {
      key: 'relation',
      oldValue: {
        type: 'friend',
        label: { en: 'Friend', ru: 'Друг', fa: 'دوست' },
        customerId: OTHER,
        name: 'Oleg',
      },
      newValue: null,
    },
  ],
  CATEGORY_CHANGED: [{ key: 'category', oldValue: null, newValue: 'Wholesale' }],
  REFERRAL_CLEARED: [{ key: 'referrer', oldValue: OTHER, newValue: null }],
  CUSTOMER_UNMERGED: [{ key: 'mergedProfile', oldValue: { id: OTHER, mergeId: OTHER }, newValue: null }],
  CARD_REISSUED: [
    { key: 'cardNumber', oldValue: '6037001', newValue: '6037002' },
    { key: 'reason', oldValue: null, newValue: 'Lost at the gym' },
  ],
};

/** Our own texts per language (no English underneath), to tell a translated key from a fallback. */
const OWN: Record<UiLocale, object> = {
  en: deepMerge(en, ...(FAMILY_EN as Record<string, unknown>[])),
  ru: deepMerge(ru, ...(FAMILY_RU as Record<string, unknown>[])),
  fa: deepMerge(fa, ...(FAMILY_FA as Record<string, unknown>[])),
};
const has = (tree: object, key: string) =>
  typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree) ===
  'string';

function wordsIn(locale: UiLocale, missing: string[]): Words {
  const provider = polyglotI18nProvider((l) => CATALOGS[l as UiLocale], locale);
  return {
    t: (key, params) => {
      if (!has(OWN[locale], key)) missing.push(`${locale}: ${key}`);
      return provider.translate(key, params);
    },
    fieldLabel: (key) => `[${key}]`,
    fieldValue: (_key, value) => String(value),
    currency: (key) => `[${key}]`,
    amount: (value) => String(value),
    money: (value) => String(value),
    tier: (key) => ({ name: key ?? '-', id: key }),
    list: (names) => names.join(', '),
    localized: (text, fallback) => (text as Record<string, string> | undefined)?.[locale] ?? fallback,
  };
}

describe('history templates', () => {
  it('has a template for every event type the modules declare, and no other', () => {
    expect([...TEMPLATE_TYPES].sort()).toEqual(Object.values(HistoryEventType).sort());
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.values(HistoryEventType).sort());
  });

  it.each(LOCALES)('names every type and every change in %s, never as JSON or a raw key', (locale) => {
    const missing: string[] = [];
    const w = wordsIn(locale, missing);
    for (const type of Object.values(HistoryEventType)) {
      w.t(`patron.history.types.${type}`);
      const { lines, links } = describeEvent({ type, changes: SAMPLES[type] }, ID, w);
      for (const text of [...lines, ...links.map((l) => l.label)]) {
        expect(text, `${locale} ${type}`).not.toMatch(/[{}]|%\{|patron\./);
      }
    }
    expect(missing).toEqual([]);
  });

  it('tells a password set with an invitation from one set by joining or after a forgotten one', () => {
    const w = wordsIn('en', []);
    const joined = [{ key: 'selfService', oldValue: null, newValue: 'signedUp' }];
    expect(describeEvent({ type: 'SELF_SERVICE_PASSWORD_SET', changes: joined }, ID, w).lines).toEqual([
      'The customer joined the club on their pages and set their password',
    ]);
    expect(
      describeEvent({ type: 'SELF_SERVICE_PASSWORD_SET', changes: SAMPLES.SELF_SERVICE_PASSWORD_SET }, ID, w)
        .lines,
    ).toEqual(['The customer set their password with the invitation']);
    const reset = [{ key: 'selfService', oldValue: null, newValue: 'resetByEmail' }];
    expect(
      describeEvent({ type: 'SELF_SERVICE_PASSWORD_SET', changes: reset }, ID, wordsIn('ru', [])).lines,
    ).toEqual(['Клиент забыл пароль и задал новый по ссылке из письма']);
    const bySms = [{ key: 'selfService', oldValue: null, newValue: 'resetBySms' }];
    expect(
      describeEvent({ type: 'SELF_SERVICE_PASSWORD_SET', changes: bySms }, ID, wordsIn('fa', [])).lines,
    ).toEqual(['مشتری گذرواژه‌اش را فراموش کرد و با کد پیامکی گذرواژهٔ تازه تعیین کرد']);
  });

  it('names the browser a customer signed in from, and says the sign-in without one', () => {
    const said = describeEvent(
      { type: 'SELF_SERVICE_SIGNED_IN', changes: SAMPLES.SELF_SERVICE_SIGNED_IN },
      ID,
      wordsIn('fa', []),
    );
    expect(said.lines).toEqual(['مشتری از Chrome · Android وارد پنل خود شد']);
    const unknown = describeEvent(
      { type: 'SELF_SERVICE_SIGNED_IN', changes: [{ key: 'userAgent', oldValue: null, newValue: null }] },
      ID,
      wordsIn('en', []),
    );
    expect(unknown.lines).toEqual(['The customer signed in to their pages']);
  });

  it('says which card was lost, the new one and why; an erased one as erased', () => {
    const w = wordsIn('fa', []);
    const said = describeEvent({ type: 'CARD_REISSUED', changes: SAMPLES.CARD_REISSUED }, ID, w);
    expect(said.lines).toEqual(['کارت 6037001 مفقود اعلام شد؛ کارت جدید 6037002', 'علت: Lost at the gym']);
    const gone = describeEvent(
      {
        type: 'CARD_REISSUED',
        changes: [{ key: 'cardNumber', oldValue: null, newValue: null, erased: true }],
      },
      ID,
      wordsIn('en', []),
    );
    expect(gone.lines.join(' ')).not.toContain('null');
  });

  it('speaks the reader’s language for system reasons and keeps a typed reason as typed', () => {
    const w = wordsIn('ru', []);
    const earn = describeEvent({ type: 'BALANCE_CHANGED', changes: SAMPLES.BALANCE_CHANGED }, ID, w);
    expect(earn.lines[1]).toBe('Накопление: Баллы за покупку, чек INV-1');
    const typed = describeEvent(
      {
        type: 'BALANCE_CHANGED',
        changes: [
          { key: 'operation', oldValue: null, newValue: { kind: 'ADJUSTMENT', reason: 'Welcome gift' } },
        ],
      },
      ID,
      w,
    );
    expect(typed.lines).toEqual(['Корректировка: Welcome gift']);
  });

  it('links each event to its object where there is one', () => {
    const w = wordsIn('en', []);
    const to = (type: HistoryEventType) =>
      describeEvent({ type, changes: SAMPLES[type] }, ID, w).links.map((l) => l.to);
    expect(to('PURCHASE_RETURNED')).toEqual([`/customers/${ID}/show/purchases`]);
    expect(to('BALANCE_CHANGED')).toEqual([`/customers/${ID}/show/loyalty`]);
    expect(to('TIER_CHANGED')).toEqual(['/tiers/silver']);
    expect(to('CUSTOMER_MERGED')).toEqual([`/customers/${OTHER}/show`]);
    expect(to('REFERRAL_RECORDED')).toEqual([`/customers/${OTHER}/show`]);
    expect(to('RELATION_ADDED')).toEqual([`/customers/${OTHER}/show`]);
    expect(to('NOTE_ADDED')).toEqual([`/customers/${ID}/show/notes`]);
    expect(to('CUSTOMER_REQUEST_ANSWERED')).toEqual(['/customerRequests']);
    expect(to('MESSAGE_SENT')).toEqual([`/automations/${OTHER}/show`]);
    expect(to('MESSAGE_FAILED')).toEqual([`/mailings/${OTHER}/show`]);
  });

  it('says a return in words, not as the raw purchase record', () => {
    const w = wordsIn('en', []);
    const { lines } = describeEvent({ type: 'PURCHASE_RETURNED', changes: SAMPLES.PURCHASE_RETURNED }, ID, w);
    expect(lines).toEqual(['50 returned (50 returned in all)', 'Reason: Too big']);
  });
});
