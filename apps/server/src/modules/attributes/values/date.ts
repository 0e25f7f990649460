import { describe } from './describe.js';
import { toLatinDigits } from './digits.js';
import { fail, ok, type ValueResult } from './types.js';

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 / RFC 3339 extended format: date, "T" (or a space), hh:mm[:ss[.fraction]], optional zone.
const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date as 'YYYY-MM-DD', years 1800..2200. */
export function normalizeDate(raw: unknown): ValueResult {
  const expected = () => fail('VALUE_NOT_DATE', { got: describe(raw) });
  if (typeof raw !== 'string') return expected();
  const s = toLatinDigits(raw.trim());
  const m = DATE.exec(s);
  if (!m) return expected();
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR)
    return fail('VALUE_YEAR_RANGE', { min: MIN_YEAR, max: MAX_YEAR, got: describe(raw) });
  return isCalendarDate(year, Number(m[2]), Number(m[3])) ? ok(s) : expected();
}

/** Minutes east of UTC for 'Z', '+03:30', '-0500', '+04'; a missing zone means UTC. */
function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/**
 * An ISO 8601 date and time, stored as `toISOString()` (UTC, milliseconds). Without a zone the time
 * is taken as UTC, so the result never depends on the server's time zone. A valid Date object is accepted.
 */
export function normalizeDateTime(raw: unknown): ValueResult {
  const expected = () => fail('VALUE_NOT_DATETIME', { got: describe(raw) });
  if (raw instanceof Date) return inRange(raw) ? ok(raw.toISOString()) : expected();
  if (typeof raw !== 'string') return expected();
  const m = DATETIME.exec(toLatinDigits(raw.trim()));
  if (!m) return expected();
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((p) =>
    Number(p ?? 0),
  ) as [number, number, number, number, number, number];
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offset = zoneOffsetMinutes(m[8]);
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59 || offset === null) {
    return expected();
  }
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000);
  return inRange(date) ? ok(date.toISOString()) : expected();
}

function inRange(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= MIN_YEAR && year <= MAX_YEAR;
}
