import { latinDigits, persianDigits } from '../i18n/digits';
import { dateTimeFormat } from '../i18n/intlFormats';
import { localeTag, type UiLocale } from '../i18n/locales';

/**
 * A birth date as the customer types it: day, month and year in their language's calendar (Jalali for
 * Persian, Gregorian otherwise), read into the API's Gregorian YYYY-MM-DD. The Jalali days come from
 * the browser's own Persian calendar (Intl), the one every date on these pages is shown in, so what is
 * typed is what is shown back, with no calendar library in the customers' bundle.
 */
export type Calendar = 'gregorian' | 'jalali';

/** The three inputs as typed: digits in any script; month '' or '1'…'12'. */
export interface TypedDay {
  day: string;
  month: string;
  year: string;
}

export type BirthDateReading =
  | { ok: true; iso: string | null }
  | { ok: false; why: 'incomplete' }
  | { ok: false; why: 'year'; example: number }
  | { ok: false; why: 'noSuchDay'; day: number; month: number; year: number }
  | { ok: false; why: 'future' };

export const calendarOf = (locale: UiLocale): Calendar => (locale === 'fa' ? 'jalali' : 'gregorian');

const DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The earliest year taken: 1900, which began in Jalali 1278; a shorter year is a typo ("90"). */
const FIRST_YEAR: Record<Calendar, number> = { gregorian: 1900, jalali: 1278 };
const EXAMPLE_YEAR: Record<Calendar, number> = { gregorian: 1990, jalali: 1369 };

const persianDays = () =>
  dateTimeFormat('en-u-ca-persian-nu-latn', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });

/** A UTC midnight's day in the Jalali calendar. */
function jalaliOf(time: number): { year: number; month: number; day: number } {
  const parts = persianDays().formatToParts(new Date(time));
  const part = (type: string) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** 1 Farvardin (Nowruz) of a Jalali year, as a UTC midnight: it falls on 20–22 March of year + 621. */
function nowruz(year: number): number {
  const start = new Date(0);
  start.setUTCFullYear(year + 621, 2, 18);
  for (let time = start.getTime(), i = 0; i < 7; time += DAY, i++) {
    const day = jalaliOf(time);
    if (day.year === year && day.month === 1 && day.day === 1) return time;
  }
  return Number.NaN;
}

/** Days before a Jalali month in its year: six months of 31, five of 30, then Esfand. */
const daysBeforeJalaliMonth = (month: number) => (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30);

export function daysInMonth(calendar: Calendar, year: number, month: number): number {
  if (calendar === 'gregorian') {
    const end = new Date(0);
    end.setUTCFullYear(year, month, 0);
    return end.getUTCDate();
  }
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  // Esfand has 30 days in a leap year: the day before the next Nowruz says which.
  return jalaliOf(nowruz(year + 1) - DAY).day;
}

/** A day that exists in the calendar as the API's YYYY-MM-DD. */
export function toIso(calendar: Calendar, year: number, month: number, day: number): string {
  if (calendar === 'jalali')
    return new Date(nowruz(year) + (daysBeforeJalaliMonth(month) + day - 1) * DAY).toISOString().slice(0, 10);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The API's YYYY-MM-DD as day, month and year of the calendar; null for anything else. */
export function fromIso(
  calendar: Calendar,
  iso: string,
): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (calendar === 'gregorian') return { year, month, day };
  return jalaliOf(Date.parse(`${iso}T00:00:00Z`));
}

/** What the inputs show for a stored birth date: its parts in the calendar, in Persian digits in fa. */
export function typedDayOf(locale: UiLocale, iso: string | null | undefined): TypedDay {
  const parts = iso ? fromIso(calendarOf(locale), iso) : null;
  if (!parts) return { day: '', month: '', year: '' };
  const digits = (n: number) => (locale === 'fa' ? persianDigits(String(n)) : String(n));
  return { day: digits(parts.day), month: String(parts.month), year: digits(parts.year) };
}

const number = (text: string): number | null => {
  const latin = latinDigits(text).trim();
  return /^\d+$/.test(latin) ? Number(latin) : null;
};

/**
 * The three inputs as the API's date, or why not: all empty clears the birth date; a day the month
 * does not have (30 Esfand of a common year, 30 February), a year not written in full, or a day after
 * today is refused here, before anything is sent.
 */
export function readBirthDate(calendar: Calendar, typed: TypedDay, today: string): BirthDateReading {
  const texts = [typed.day, typed.month, typed.year].map((t) => t.trim());
  if (texts.every((t) => t === '')) return { ok: true, iso: null };
  if (texts.some((t) => t === '')) return { ok: false, why: 'incomplete' };
  const [day, month, year] = [number(typed.day), number(typed.month), number(typed.year)];
  if (year === null || year < FIRST_YEAR[calendar] || year > 9999)
    return { ok: false, why: 'year', example: EXAMPLE_YEAR[calendar] };
  if (month === null || month < 1 || month > 12) return { ok: false, why: 'incomplete' };
  if (day === null || day < 1 || day > daysInMonth(calendar, year, month))
    return { ok: false, why: 'noSuchDay', day: day ?? 0, month, year };
  const iso = toIso(calendar, year, month, day);
  return iso > today ? { ok: false, why: 'future' } : { ok: true, iso };
}

/** The twelve month names of the calendar in the language, as a list shows them ("April", "Апрель"). */
export function monthNames(locale: UiLocale, calendar: Calendar): string[] {
  const jalali = calendar === 'jalali';
  const format = dateTimeFormat(`${localeTag(locale)}-u-ca-${jalali ? 'persian' : 'gregory'}`, {
    month: 'long',
    timeZone: 'UTC',
  });
  // The middle of each month of one year of the calendar.
  const farvardin = jalali ? nowruz(1400) : 0;
  return Array.from({ length: 12 }, (_, i) => {
    const time = jalali ? farvardin + (daysBeforeJalaliMonth(i + 1) + 14) * DAY : Date.UTC(2021, i, 15);
    const name = format.format(new Date(time));
    return name.charAt(0).toLocaleUpperCase(localeTag(locale)) + name.slice(1);
  });
}
