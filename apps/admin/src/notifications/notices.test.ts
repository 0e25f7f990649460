import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslateFunction } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CATALOGS } from '../i18n/catalogs';
import type { UiLocale } from '../i18n/locales';
import { followLink } from './followLink';
import { noticeText, noticeTime } from './noticeText';

/** The app's own catalogues and polyglot, in the language asked. */
const translatorFor = (locale: UiLocale): TranslateFunction =>
  polyglotI18nProvider(() => CATALOGS[locale], locale).translate;

describe('a notice in words', () => {
  it('says each known kind with its params in every language, numbers in the language’s digits', () => {
    const params = { fileName: 'march.csv', created: 1200, updated: 3, invalid: 0 };
    expect(noticeText(translatorFor('en'), 'en', 'import.finished', params)).toBe(
      'Import of \u2068march.csv\u2069 finished: 1,200 created, 3 updated, 0 invalid',
    );
    expect(noticeText(translatorFor('ru'), 'ru', 'export.ready', { fileName: 'a.xlsx', rows: 5 })).toContain(
      'строк: 5',
    );
    expect(
      noticeText(translatorFor('fa'), 'fa', 'export.ready', { fileName: 'a.xlsx', rows: 1200 }),
    ).toContain('۱٬۲۰۰');
  });

  it('names a failed job as the Jobs screen does, and a job it does not know by its key', () => {
    const failed = (locale: UiLocale, job: string) =>
      noticeText(translatorFor(locale), locale, 'job.failed', { job });
    expect(failed('en', 'rfm.recompute')).toBe('Background job “\u2068RFM scores\u2069” failed');
    expect(failed('ru', 'rfm.recompute')).toBe('Фоновая задача «\u2068RFM-оценки\u2069» завершилась ошибкой');
    expect(failed('fa', 'rfm.recompute')).toBe('کار پس‌زمینهٔ «\u2068امتیازهای RFM\u2069» ناموفق بود');
    expect(failed('ru', 'loyalty.new-job')).toContain('\u2068loyalty.new-job\u2069');
  });

  it('shows a kind it does not know as a generic text, never a raw key', () => {
    expect(noticeText(translatorFor('en'), 'en', 'loyalty.something', {})).toBe(
      'Something needs your attention',
    );
    expect(noticeText(translatorFor('fa'), 'fa', 'x.y', null)).toBe('موردی به توجه شما نیاز دارد');
  });

  it('says when: just now, minutes or hours ago, then the date in the chosen calendar', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    const en = translatorFor('en');
    expect(noticeTime(en, '2026-12-05T11:59:30Z', now, 'en', 'GREGORIAN')).toBe('just now');
    expect(noticeTime(en, '2026-12-05T11:55:00Z', now, 'en', 'GREGORIAN')).toBe('5 minutes ago');
    expect(noticeTime(translatorFor('ru'), '2026-12-05T09:00:00Z', now, 'ru', 'GREGORIAN')).toBe(
      '3 часа назад',
    );
    // A week old, in Persian: the Jalali date (Azar 1405), not the Gregorian one.
    expect(noticeTime(translatorFor('fa'), '2026-11-28T12:00:00Z', now, 'fa', 'JALALI')).toContain('آذر');
  });
});

describe('following a notice', () => {
  it('moves within the app or downloads a file, and follows nothing else', () => {
    const location = { assign: vi.fn() };
    followLink('#/imports/42', location);
    followLink('/files/9f1c', location);
    for (const link of ['javascript:alert(1)', 'https://evil.example', '//evil.example', '/graphql', null]) {
      followLink(link, location);
    }
    expect(location.assign.mock.calls).toEqual([['#/imports/42'], ['/files/9f1c']]);
  });
});
