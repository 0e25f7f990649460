/**
 * Anniversaries of a date field (birthday, wedding day…): the day and month recur every year, the
 * year is ignored. A date is compared by its month-day key 'MM-DD' (characters 6–10 of the ISO date),
 * which SQL reads as `substr(value, 6, 5)` — an expression an index can hold.
 *
 * - "Today" is the day in the workspace's time zone (UTC when it has none).
 * - A window of days may run over the new year (20 Dec → 10 Jan): it is then two key ranges.
 * - 29 February in a year without it is celebrated on 28 February (the birthday stays in February,
 *   so "in month 2" and "in the next N days" agree).
 * - A Jalali month is the month of the date in the Persian calendar (what a Persian user sees on the
 *   card), by ICU's arithmetic: the same as `Intl` with `ca-persian` for 1800–2123.
 */

export type AnniversaryCalendar = 'gregorian' | 'jalali';

export interface AnniversaryMonth {
  month: number;
  calendar?: AnniversaryCalendar;
}

/** Which keys an anniversary condition selects: a range of 'MM-DD' keys, wrapped when from > to. */
export type KeyWindow = { all: true } | { all: false; from: string; to: string };

const DAY = 86_400_000;

/** The calendar day `now` falls on in a time zone, as a UTC midnight. */
export function localDay(now: Date, timeZone = 'UTC'): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'));
}

const keyOf = (ms: number) => new Date(ms).toISOString().slice(5, 10);
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The month-day key of an ISO date (or null when it is not one). */
export function anniversaryKey(value: unknown): string | null {
  return typeof value === 'string' && value.length >= 10 ? value.slice(5, 10) : null;
}

/** The keys whose anniversary falls on a day from `today - back` to `today + ahead` (whole days). */
export function dayWindow(today: number, back: number, ahead: number): KeyWindow {
  const first = today - back * DAY;
  const last = today + ahead * DAY;
  // A window of a year or more holds every day, 29 February included (or 28 February standing in).
  if (back + ahead + 1 >= 366) return { all: true };
  const lastDate = new Date(last);
  const lastKey = keyOf(last);
  // In a year without 29 February its anniversary is on the 28th: a window ending that day takes it.
  const to = lastKey === '02-28' && !isLeap(lastDate.getUTCFullYear()) ? '02-29' : lastKey;
  return { all: false, from: keyOf(first), to };
}

export function gregorianMonthWindow(month: number): KeyWindow {
  const mm = String(month).padStart(2, '0');
  return { all: false, from: `${mm}-01`, to: `${mm}-31` };
}

/** Every month-day key of a year with 29 February, in calendar order. */
const ALL_KEYS = Array.from({ length: 366 }, (_, i) => keyOf(Date.UTC(2000, 0, 1) + i * DAY));

/**
 * The keys of a window, listed: SQL asks `key = any(keys)`, which an index answers with one probe per
 * key and the planner estimates from the key's statistics (two ranges joined by OR it did not).
 */
export function windowKeys(w: KeyWindow): string[] {
  return ALL_KEYS.filter((k) => inWindow(k, w));
}

/** Whether a key is in a window (a wrapped window runs over the new year). */
export function inWindow(key: string, w: KeyWindow): boolean {
  if (w.all) return true;
  return w.from <= w.to ? key >= w.from && key <= w.to : key >= w.from || key <= w.to;
}

/** The Persian-calendar month (1–12) of an ISO date; the SQL function jalali_month is the same. */
export function jalaliMonth(iso: string): number {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  // Days since the Persian epoch (Julian day 1948320); 2440588 is 1970-01-01's Julian day.
  const e = Math.floor(ms / DAY) + 2440588 - 1948320;
  const year = 1 + Math.floor((33 * e + 3) / 12053);
  const dayOfYear = e - (365 * (year - 1) + Math.floor((8 * year + 21) / 33));
  return (dayOfYear < 216 ? Math.floor(dayOfYear / 31) : Math.floor((dayOfYear - 6) / 30)) + 1;
}

let jalaliWindows: KeyWindow[] | undefined;

/**
 * The Gregorian month-day keys a Jalali month can cover in any year (its first day moves by a day
 * between years), widened by a day: SQL narrows a Jalali month with this index-friendly range first.
 */
export function jalaliMonthWindow(month: number): KeyWindow {
  if (!jalaliWindows) {
    const seen = Array.from({ length: 13 }, () => new Set<string>());
    for (let ms = Date.UTC(1800, 0, 1); ms < Date.UTC(2124, 0, 1); ms += DAY) {
      const iso = new Date(ms).toISOString();
      seen[jalaliMonth(iso)]?.add(iso.slice(5, 10));
    }
    const year = [...new Set(Array.from({ length: 366 }, (_, i) => keyOf(Date.UTC(2000, 0, 1) + i * DAY)))];
    jalaliWindows = seen.map((keys) => {
      // The month's keys are one run in the cyclic year; find where it starts and ends.
      const start = year.findIndex((k, i) => keys.has(k) && !keys.has(year.at(i - 1) as string));
      const end = year.findIndex((k, i) => keys.has(k) && !keys.has(year[(i + 1) % 366] as string));
      return start < 0
        ? { all: false, from: '', to: '' }
        : {
            all: false,
            from: year.at(start - 1) as string,
            to: year[(end + 1) % 366] as string,
          };
    });
  }
  return jalaliWindows[month] as KeyWindow;
}

/** Whether a date's anniversary is in a month of either calendar. */
export function inAnniversaryMonth(iso: string, m: AnniversaryMonth): boolean {
  return m.calendar === 'jalali' ? jalaliMonth(iso) === m.month : Number(iso.slice(5, 7)) === m.month;
}
