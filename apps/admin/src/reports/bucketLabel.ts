import { monthLabel } from '../customer-analytics/chartText';
import type { CalendarSystem, ReportGranularity } from '../gql/graphql';
import { dateTimeFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

const calendarTag = (locale: string, calendar: CalendarSystem) =>
  `${localeTag(locale)}-u-ca-${calendar === 'JALALI' ? 'persian' : 'gregory'}`;

const dayOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** A day and its month, without the year: "5 Dec", «5 дек.», «۱۵ آذر». */
function dayAndMonth(day: string, locale: string, calendar: CalendarSystem): string {
  return dateTimeFormat(calendarTag(locale, calendar), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(dayOf(day));
}

function fullDay(day: string, locale: string, calendar: CalendarSystem): string {
  return dateTimeFormat(calendarTag(locale, calendar), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(dayOf(day));
}

/**
 * A bucket on the chart's axis, from its unit's first day (Gregorian `startDay`) in the staff
 * member's calendar and digits: a day or a week by its first day ("5 Dec", «۱۵ آذر»), a month by its
 * name and year; a star marks a unit the period cuts.
 */
export function bucketLabel(
  startDay: string,
  partial: boolean,
  granularity: ReportGranularity,
  locale: string,
  calendar: CalendarSystem,
): string {
  const text =
    granularity === 'MONTH'
      ? monthLabel(startDay, locale, calendar)
      : dayAndMonth(startDay, locale, calendar);
  return partial ? `${text}*` : text;
}

/** The same in full, for the tooltip: the day with its year, "week from …", the month. */
export function bucketTitle(
  startDay: string,
  granularity: ReportGranularity,
  locale: string,
  calendar: CalendarSystem,
  translate: (key: string, options?: object) => string,
): string {
  if (granularity === 'MONTH') return monthLabel(startDay, locale, calendar);
  const day = fullDay(startDay, locale, calendar);
  return granularity === 'WEEK' ? translate('patron.dashboard.weekOf', { day }) : day;
}
