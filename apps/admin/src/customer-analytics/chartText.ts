import type { CalendarSystem } from '../gql/graphql';
import { dateTimeFormat, numberFormat } from '../i18n/intlFormats';
import { isRtl, localeTag } from '../i18n/locales';

/**
 * How a chart is laid out for a language: in Persian time runs right to left (the x axis reversed)
 * and the value axis stands on the right. The SVG itself is drawn left-to-right (`dir="ltr"` on its
 * box), so recharts' own positions stay right; only the axes are mirrored.
 */
export function chartDirection(locale: string) {
  const rtl = isRtl(locale);
  return { rtl, reversed: rtl, valueSide: rtl ? ('right' as const) : ('left' as const) };
}

/**
 * A month's short name and full year in the staff member's calendar and digits ("Jan 2026",
 * «янв. 2026», «آذر ۱۴۰۵»): only the month and the year, so no "г." or era makes it read as a date.
 */
export function monthLabel(from: string, locale: string, calendar: CalendarSystem): string {
  const tag = `${localeTag(locale)}-u-ca-${calendar === 'JALALI' ? 'persian' : 'gregory'}`;
  return dateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(new Date(`${from}T00:00:00Z`))
    .filter((part) => part.type === 'month' || part.type === 'year')
    .map((part) => part.value)
    .join(' ');
}

/** A day in the staff member's calendar and digits, with the whole year (6 дек. 2026 г., ۱۵ آذر ۱۴۰۵). */
export function dayLabel(at: number | string | Date, locale: string, calendar: CalendarSystem): string {
  const tag = `${localeTag(locale)}-u-ca-${calendar === 'JALALI' ? 'persian' : 'gregory'}`;
  return dateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(at));
}

/** A count or amount in the language's digits, in full (axes: see valueAxis.ts). */
export function numberLabel(value: number, locale: string): string {
  return numberFormat(localeTag(locale), { maximumFractionDigits: 2 }).format(value);
}

/** A share (0..1) as a whole percentage in the language's digits and sign. */
export function percentLabel(share: number, locale: string): string {
  return numberFormat(localeTag(locale), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
