import type { TranslateFunction } from 'react-admin';
import type { CalendarSystem } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { formatDate } from '../preferences/dates';

// First Strong Isolate … Pop Directional Isolate: a Latin file name inside a Persian sentence (or the
// reverse) keeps its own direction and does not drag the punctuation around it.
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Params that are a key the admin has a name for: a failed job's (rfm.recompute) as the Jobs screen names it. */
const NAMED: Record<string, string> = { job: 'patron.jobs.names' };

const named = (translate: TranslateFunction, param: string, value: string): string => {
  const names = NAMED[param];
  return names ? translate(`${names}.${value}`, { _: value }) : value;
};

/** A notice in the UI language: its kind's text with the params (numbers in the language's digits). */
export function noticeText(
  translate: TranslateFunction,
  locale: string,
  kind: string,
  params: unknown,
): string {
  const numbers = numberFormat(localeTag(locale));
  const values: Record<string, string> = {};
  if (params && typeof params === 'object') {
    for (const [key, value] of Object.entries(params)) {
      values[key] =
        typeof value === 'number' ? numbers.format(value) : isolate(named(translate, key, String(value)));
    }
  }
  return translate(`patron.notifications.kinds.${kind}`, {
    ...values,
    _: translate('patron.notifications.unknown'),
  });
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When a notice came: "just now", then minutes or hours ago in the UI language, and from a day on the
 * date and time in the staff member's calendar (Jalali in Persian unless they chose otherwise).
 */
export function noticeTime(
  translate: TranslateFunction,
  value: string,
  now: Date,
  locale: string,
  calendar: CalendarSystem,
): string {
  const ago = now.getTime() - new Date(value).getTime();
  if (ago < MINUTE) return translate('patron.notifications.justNow');
  if (ago >= DAY) return formatDate(value, locale, calendar, true);
  const relative = new Intl.RelativeTimeFormat(localeTag(locale), { numeric: 'auto' });
  return ago < HOUR
    ? relative.format(-Math.floor(ago / MINUTE), 'minute')
    : relative.format(-Math.floor(ago / HOUR), 'hour');
}
