import { CalendarSystem } from '../gql/graphql';
import { dateTimeFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar a language uses unless the user chose another: Jalali for Persian, Gregorian otherwise. */
export function defaultCalendar(locale: string): CalendarSystem {
  return locale === 'fa' ? CalendarSystem.JALALI : CalendarSystem.GREGORIAN;
}

export function effectiveCalendar(locale: string, chosen: CalendarSystem | null | undefined): CalendarSystem {
  return chosen ?? defaultCalendar(locale);
}

/**
 * The calendar after a language switch: it follows the language unless the user had picked
 * one that differs from the old language's default (an explicit choice sticks).
 */
export function calendarAfterLocaleChange(
  from: string,
  to: string,
  chosen: CalendarSystem | null | undefined,
): CalendarSystem {
  const current = effectiveCalendar(from, chosen);
  return current === defaultCalendar(from) ? defaultCalendar(to) : current;
}

/**
 * A date (YYYY-MM-DD) or date-time (ISO) for people, in the UI language and the given calendar.
 * A date without a time is a calendar day, so it is formatted in UTC and never shifts by a time zone.
 */
export function formatDate(
  value: string | Date,
  locale: string,
  calendar: CalendarSystem,
  withTime = false,
  /** 'short' for tight places such as table cells ("5 Dec 2026"). */
  month: 'long' | 'short' = 'long',
): string {
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  const date = dateOnly ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const tag = `${localeTag(locale)}-u-ca-${calendar === 'JALALI' ? 'persian' : 'gregory'}`;
  return dateTimeFormat(tag, {
    year: 'numeric',
    month,
    day: 'numeric',
    ...(withTime && !dateOnly ? { hour: '2-digit', minute: '2-digit' } : {}),
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** A picked day as the API's YYYY-MM-DD, whichever calendar it was picked in (Date is calendar-free). */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The API's YYYY-MM-DD as a local midnight Date for a picker. */
export function fromIsoDate(value: string): Date | null {
  const match = DATE_ONLY.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}
