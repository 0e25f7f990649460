import { CalendarSystem } from '../gql/graphql';
import { dateTimeFormat, numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

/**
 * An occurrence's year in the reader's digits, without grouping (2027, ۲۰۲۷). Under the Jalali calendar
 * the year of the run's day there (۱۴۰۵): the occurrence's Gregorian year is the run's, and its day falls
 * in the Jalali year the run's day does.
 */
export function occurrenceYear(year: string, at: string, locale: string, calendar: CalendarSystem): string {
  if (!/^\d+$/.test(year)) return year;
  const ran = new Date(at);
  if (calendar === CalendarSystem.JALALI && String(ran.getUTCFullYear()) === year)
    return (
      dateTimeFormat(`${localeTag(locale)}-u-ca-persian`, { year: 'numeric', timeZone: 'UTC' })
        .formatToParts(ran)
        .find((part) => part.type === 'year')?.value ?? year
    );
  return numberFormat(localeTag(locale), { useGrouping: false }).format(Number(year));
}
