import { toLatinDigits } from '../attributes/values/digits.js';

/** A year written below this is a Jalali (Persian calendar) year: 1403 is 2024, never the year 1403. */
const FIRST_GREGORIAN_YEAR = 1700;
const DAY = 86_400_000;

/**
 * A date column of a history import (purchases, ledger operations): `YYYY-MM-DD` (noon UTC, so the day
 * is the same in every time zone a workspace uses), `YYYY-MM-DD HH:MM[:SS]` or with `T`, in UTC
 * unless the text names its offset. Persian and Arabic-Indic digits are read as digits, `/` as `-`,
 * and a year below 1700 is Jalali (`1403-02-15` is 2024-05-04), as the Persian calendar Intl knows
 * (the admin app formats Jalali dates from the same source). Null when it is none of these or the
 * day does not exist (2026-02-30, 1403-12-30).
 */
export function parseImportDate(text: string): Date | null {
  const latin = toLatinDigits(text.trim());
  const parts = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})((?:[ T].*)?)$/.exec(latin);
  if (!parts) return null;
  const [, y = '', m = '', d = '', rest = ''] = parts;
  const year = Number(y);
  const day =
    year < FIRST_GREGORIAN_YEAR
      ? gregorianOfJalali(year, Number(m), Number(d))
      : `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return day ? parseIsoDate(day + rest) : null;
}

function parseIsoDate(text: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const iso = day
    ? `${text}T12:00:00Z`
    : /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(text)
      ? text.replace(' ', 'T') + (/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? '' : 'Z')
      : null;
  if (!iso) return null;
  const date = new Date(iso);
  // 2026-02-30 rolls over in Date: such a day is refused rather than moved.
  if (Number.isNaN(date.getTime()) || (day && date.toISOString().slice(0, 10) !== text)) return null;
  return date;
}

const PERSIAN = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** A Jalali day as it is read in the Persian calendar, `[year, month, day]`. */
export function jalaliOf(date: Date): [number, number, number] {
  const part = (type: string) => Number(PERSIAN.formatToParts(date).find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

/**
 * The Gregorian `YYYY-MM-DD` of a Jalali day, or null when the calendar has no such day. Farvardin 1
 * falls on March 20–22 of the year + 621; the first six months have 31 days, the next five 30, the last
 * 29 or 30. The estimate is checked against Intl's Persian calendar a few days either way.
 */
export function gregorianOfJalali(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const estimate =
    Date.UTC(year + 621, 2, 21, 12) +
    ((month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1) * DAY;
  for (const shift of [0, -1, 1, -2, 2]) {
    const candidate = new Date(estimate + shift * DAY);
    const [y, m, d] = jalaliOf(candidate);
    if (y === year && m === month && d === day) return candidate.toISOString().slice(0, 10);
  }
  return null;
}
