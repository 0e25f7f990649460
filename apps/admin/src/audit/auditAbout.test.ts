import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../i18n/catalogs';
import { LOCALES, type UiLocale } from '../i18n/locales';
import { type AboutEvent, aboutText, isolate } from './auditAbout';

const ROLES: Record<UiLocale, Record<string, string>> = {
  en: { cashier: 'Cashier', OPERATOR: 'Operator' },
  ru: { cashier: 'Cashier', OPERATOR: 'Оператор' },
  // The workspace named its own role in English only: the Persian line must stay right to left.
  fa: { cashier: 'Cashier', OPERATOR: 'اپراتور' },
};

const about = (e: AboutEvent, locale: UiLocale) => {
  const provider = polyglotI18nProvider((l) => CATALOGS[l as UiLocale], locale);
  const translate = (key: string, options?: Record<string, unknown>) =>
    provider.translate(key, options) as string;
  return aboutText(e, { translate, locale, roleName: (key) => ROLES[locale][String(key)] ?? String(key) });
};

/** Unicode isolates taken out, to read the words. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

const ID = '5f0c8a52-4a3e-4f57-9a1e-6c1f2b8d9e01';
const SEGMENT = '0b7f3c1e-2d4a-4c8b-9e6f-1a2b3c4d5e6f';

describe('the audit log’s About column', () => {
  it('reads a role change from the old role to the new in the language’s direction, each name isolated', () => {
    const changed = {
      type: 'STAFF_ROLE_CHANGED',
      subject: ID,
      details: { name: 'Carla', from: 'cashier', to: 'OPERATOR' },
    };
    expect(about(changed, 'en')).toBe(`${isolate('Carla')}: ${isolate('Cashier')} → ${isolate('Operator')}`);
    expect(about(changed, 'ru')).toBe(`${isolate('Carla')}: ${isolate('Cashier')} → ${isolate('Оператор')}`);
    expect(about(changed, 'fa')).toBe(`${isolate('Carla')}: ${isolate('Cashier')} ← ${isolate('اپراتور')}`);
  });

  it('says what an export took, in words, rather than the export’s id', () => {
    const exported = (selection: object, more: object = {}) => ({
      type: 'CUSTOMERS_EXPORTED',
      subject: ID,
      details: { format: 'XLSX', columns: ['firstName'], selection, ...more },
    });
    const bySegment = exported({ segmentId: SEGMENT, all: false }, { segmentName: 'Moscow' });
    expect(plain(about(bySegment, 'en'))).toBe('XLSX: segment Moscow');
    expect(plain(about(bySegment, 'ru'))).toBe('XLSX: сегмент Moscow');
    expect(plain(about(bySegment, 'fa'))).toBe('XLSX: بخش Moscow');
    expect(plain(about(exported({ ids: ['a', 'b', 'c'] }), 'en'))).toBe('XLSX: chosen customers: 3');
    expect(plain(about(exported({ ids: ['a', 'b', 'c'] }), 'fa'))).toBe('XLSX: مشتریان انتخاب‌شده: ۳');
    expect(about(exported({ all: true }), 'ru')).toBe('XLSX: все клиенты');
    expect(about(exported({ filter: { op: 'AND', conditions: [] } }), 'en')).toBe('XLSX: a filtered list');
    // Written before the segment's name was kept: no id, still words.
    expect(about(exported({ segmentId: SEGMENT }), 'en')).toBe('XLSX: a segment');
  });

  const opaque: [string, AboutEvent][] = [
    [
      'an export',
      { type: 'CUSTOMERS_EXPORTED', subject: ID, details: { format: 'CSV', selection: { all: true } } },
    ],
    [
      'a report of attribute values',
      {
        type: 'ATTRIBUTE_VALUES_EXPORTED',
        subject: ID,
        details: { format: 'ticket', key: 'ticketNo', label: { en: 'Ticket', ru: 'Билет', fa: 'بلیت' } },
      },
    ],
    [
      'a test message',
      { type: 'CHANNEL_TEST_SENT', subject: ID, details: { name: 'Mail', provider: 'smtp', ok: false } },
    ],
    ['a deleted note', { type: 'NOTE_DELETED', subject: ID, details: { noteId: '42', authorName: 'Anna' } }],
    ['an erasure', { type: 'CUSTOMER_ERASED', subject: ID, details: { profiles: 2, historyEvents: 17 } }],
    ['a cancelled job run', { type: 'JOB_CANCELLED', subject: 'exports.run', details: { runId: '7' } }],
    [
      'a settings change',
      {
        type: 'WORKSPACE_SETTINGS_CHANGED',
        subject: null,
        details: { selfSignUp: { from: false, to: true }, clock: { from: {}, to: {} } },
      },
    ],
  ];

  it.each(LOCALES)('words in %s every event whose subject is an id, never the id or a key', (locale) => {
    const script = { en: /[A-Za-z]/, ru: /[\u0400-\u04FF]/, fa: /[\u0600-\u06FF]/ }[locale];
    for (const [what, event] of opaque) {
      const text = about(event, locale);
      expect(text, `${what} in ${locale}`).not.toContain(ID);
      expect(text, `${what} in ${locale}`).not.toMatch(/patron\.|exports\.run|selfSignUp/);
      expect(text, `${what} in ${locale}`).toMatch(script);
    }
  });

  it('names the attribute, the account, the note’s author and the counts in the language', () => {
    const [, report] = opaque[1] as [string, AboutEvent];
    expect(plain(about(report, 'ru'))).toBe('Билет, формат ticket');
    expect(plain(about(report, 'fa'))).toBe('بلیت، قالب ticket');
    const [, test] = opaque[2] as [string, AboutEvent];
    expect(plain(about(test, 'en'))).toBe('Mail: not sent');
    const [, note] = opaque[3] as [string, AboutEvent];
    expect(plain(about(note, 'en'))).toBe('Note by Anna');
    const [, erased] = opaque[4] as [string, AboutEvent];
    expect(about(erased, 'fa')).toBe('پروفایل‌ها: ۲، رویدادهای سابقه: ۱۷');
    const [, job] = opaque[5] as [string, AboutEvent];
    expect(about(job, 'en')).toBe('Exports');
    const [, settings] = opaque[6] as [string, AboutEvent];
    expect(about(settings, 'ru')).toBe('Вступление в клуб, Часовой пояс и тихие часы');
    expect(about(settings, 'fa')).toBe('عضویت در باشگاه، منطقهٔ زمانی و ساعات سکوت');
  });
});
