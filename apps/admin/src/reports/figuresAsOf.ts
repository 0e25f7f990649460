import type { CalendarSystem } from '../gql/graphql';
import { dateTimeFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { formatDate } from '../preferences/dates';

/** Figures read from a replica this close behind are as good as live: nothing is said about them. */
export const STALE_AFTER_MS = 60_000;

/**
 * When figures from the analytics replica are current as of, as staff read it: the time alone when
 * it is today, the day and time otherwise, in the UI language (Persian digits) and calendar. Null
 * when there is nothing to say: live figures (`asOf` null) or at most a minute behind.
 */
export function figuresAsOf(
  asOf: string | null | undefined,
  now: Date,
  locale: string,
  calendar: CalendarSystem,
): string | null {
  if (!asOf) return null;
  const at = new Date(asOf);
  if (Number.isNaN(at.getTime()) || now.getTime() - at.getTime() <= STALE_AFTER_MS) return null;
  if (formatDate(at, locale, calendar) !== formatDate(now, locale, calendar))
    return formatDate(at, locale, calendar, true);
  return dateTimeFormat(localeTag(locale), { hour: '2-digit', minute: '2-digit' }).format(at);
}
