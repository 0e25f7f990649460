export type CalendarSystem = 'GREGORIAN' | 'JALALI';

const LOCALE_TAGS = { en: 'en-GB', ru: 'ru-RU', fa: 'fa-IR' } as const;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The user's calendar unless they chose one: Jalali for Persian, Gregorian otherwise. */
export function effectiveCalendar(locale: string, chosen: CalendarSystem | null | undefined): CalendarSystem {
  return chosen ?? (locale === 'fa' ? 'JALALI' : 'GREGORIAN');
}

/**
 * A date (YYYY-MM-DD) or date-time (ISO) for people: in the UI language's digits and the chosen calendar.
 * Dates without a time are calendar days, so they are shown in UTC and never shift by a time zone.
 */
export function formatDate(
  value: string | Date,
  locale: string,
  calendar: CalendarSystem,
  withTime = false,
): string {
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  const date = dateOnly ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const tag = `${LOCALE_TAGS[locale as keyof typeof LOCALE_TAGS] ?? 'en-GB'}-u-ca-${calendar === 'JALALI' ? 'persian' : 'gregory'}`;
  return new Intl.DateTimeFormat(tag, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(withTime && !dateOnly ? { hour: '2-digit', minute: '2-digit' } : {}),
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** A picked calendar day as the API's YYYY-MM-DD, whatever calendar it was picked in. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The API's YYYY-MM-DD as a local Date for a picker. */
export function fromIsoDate(value: string): Date | null {
  const match = DATE_ONLY.exec(value) ? value.split('-').map(Number) : null;
  return match ? new Date(match[0] as number, (match[1] as number) - 1, match[2] as number) : null;
}
