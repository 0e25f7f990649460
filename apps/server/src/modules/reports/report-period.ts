import { badField } from '../../graphql/errors.js';

export type Granularity = 'DAY' | 'WEEK' | 'MONTH';
export type Calendar = 'GREGORIAN' | 'JALALI';

export const MAX_YEARS = 3;
export const MAX_BUCKETS = 400;

/** One point of a chart: [start, end), the first and last clipped to the period. */
export interface Bucket {
  start: Date;
  end: Date;
  /** The calendar unit holding `start`: 2026-11-30 / 1405-09-09 (day), 2026-W48 / 1405-09-08 (week), 2026-11 / 1405-09 (month). */
  label: string;
  /** The unit's first local day, Gregorian YYYY-MM-DD. */
  startDay: string;
  /** True when the period cuts the unit (first or last bucket). */
  partial: boolean;
}

export interface ReportPeriod {
  from: Date;
  to: Date;
  /** The same length just before `from`; null when no comparison was asked for. */
  previous: { from: Date; to: Date } | null;
  granularity: Granularity;
  calendar: Calendar;
  timeZone: string;
  buckets: Bucket[];
}

const DAY_MS = 86_400_000;

/** Checks the period (paths name the input's fields) and cuts it into buckets. */
export function reportPeriod(input: {
  from: Date;
  to: Date;
  granularity: Granularity;
  compare: boolean;
  calendar: Calendar;
  timeZone: string;
}): ReportPeriod {
  const { from, to } = input;
  if (!(to.getTime() > from.getTime())) throw badField(['input', 'to'], 'REPORT_PERIOD_REVERSED');
  const limit = new Date(from);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_YEARS);
  if (to.getTime() > limit.getTime())
    throw badField(['input', 'to'], 'REPORT_PERIOD_TOO_LONG', { years: MAX_YEARS });
  const buckets = cutPeriod(from, to, input.granularity, input.calendar, input.timeZone);
  if (buckets.length > MAX_BUCKETS)
    throw badField(['input', 'granularity'], 'REPORT_TOO_MANY_BUCKETS', { max: MAX_BUCKETS });
  const length = to.getTime() - from.getTime();
  return {
    from,
    to,
    previous: input.compare ? { from: new Date(from.getTime() - length), to: from } : null,
    granularity: input.granularity,
    calendar: input.calendar,
    timeZone: input.timeZone,
    buckets,
  };
}

/** A local calendar day as a UTC midnight (date arithmetic only). */
const dayOf = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const ymdOf = (day: Date) => day.toISOString().slice(0, 10);

/** Local wall time minus UTC at an instant, in ms, read through Intl (which knows the zone's rules). */
function offsetAt(at: number, format: Intl.DateTimeFormat): number {
  const p = Object.fromEntries(format.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(
    +(p.year ?? 0),
    +(p.month ?? 1) - 1,
    +(p.day ?? 1),
    +(p.hour ?? 0) % 24,
    +(p.minute ?? 0),
    +(p.second ?? 0),
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a local day starts, as PostgreSQL's `day::timestamp at time zone zone` finds it: a
 * midnight that occurs twice is the first; one skipped by a clock change (Tehran until 2022) is read
 * with the offset before the change, which lands on the change itself.
 */
export function localMidnight(ymd: string, format: Intl.DateTimeFormat): number {
  const wall = dayOf(ymd).getTime();
  const o1 = offsetAt(wall, format);
  const o2 = offsetAt(wall - o1, format);
  const fits = [wall - o1, wall - o2].filter((t) => offsetAt(t, format) === wall - t);
  if (fits.length) return Math.min(...fits);
  return wall - Math.min(o1, o2);
}

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

/** The local day (YYYY-MM-DD) an instant falls on. */
function localDay(at: number, format: Intl.DateTimeFormat): string {
  const p = Object.fromEntries(format.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return `${(p.year ?? '').padStart(4, '0')}-${(p.month ?? '').padStart(2, '0')}-${(p.day ?? '').padStart(2, '0')}`;
}

const jalali = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** A Gregorian day in the calendar, YYYY-MM-DD (Jalali through Intl: PostgreSQL knows no Jalali calendar). */
function calendarDay(ymd: string, calendar: Calendar): string {
  if (calendar === 'GREGORIAN') return ymd;
  const p = Object.fromEntries(jalali.formatToParts(dayOf(ymd)).map((x) => [x.type, x.value]));
  return `${(p.year ?? '').padStart(4, '0')}-${(p.month ?? '').padStart(2, '0')}-${(p.day ?? '').padStart(2, '0')}`;
}

/** ISO 8601 week of a Monday: the year of its Thursday, and the week number in that year. */
function isoWeek(monday: Date): string {
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The unit a day belongs to: its first day and label. Weeks start on Monday, or Saturday in the Jalali calendar. */
function unitOf(ymd: string, granularity: Granularity, calendar: Calendar): { first: string; label: string } {
  if (granularity === 'DAY') return { first: ymd, label: calendarDay(ymd, calendar) };
  const day = dayOf(ymd);
  if (granularity === 'WEEK') {
    const startDow = calendar === 'JALALI' ? 6 : 1;
    const first = new Date(day.getTime() - ((day.getUTCDay() - startDow + 7) % 7) * DAY_MS);
    return {
      first: ymdOf(first),
      label: calendar === 'JALALI' ? calendarDay(ymdOf(first), calendar) : isoWeek(first),
    };
  }
  const label = calendarDay(ymd, calendar).slice(0, 7);
  if (calendar === 'GREGORIAN') return { first: `${label}-01`, label };
  // The Jalali month's first day: its day of month says how far back it is.
  const back = Number(calendarDay(ymd, calendar).slice(8)) - 1;
  return { first: ymdOf(new Date(day.getTime() - back * DAY_MS)), label };
}

/**
 * [from, to) cut at the starts of the calendar's units in the time zone: contiguous buckets, the
 * first starting at `from` and the last ending at `to`. Walks day by day (at most ~1,100 for 3 years).
 */
export function cutPeriod(
  from: Date,
  to: Date,
  granularity: Granularity,
  calendar: Calendar,
  timeZone: string,
): Bucket[] {
  const format = zoneFormat(timeZone);
  const end = to.getTime();
  let unit = unitOf(localDay(from.getTime(), format), granularity, calendar);
  let start = from.getTime();
  const buckets: Bucket[] = [];
  const close = (until: number, unitEnds: boolean) =>
    buckets.push({
      start: new Date(start),
      end: new Date(until),
      label: unit.label,
      startDay: unit.first,
      partial: !unitEnds || start !== localMidnight(unit.first, format),
    });
  let day = dayOf(unit.first);
  for (;;) {
    day = new Date(day.getTime() + DAY_MS);
    const next = unitOf(ymdOf(day), granularity, calendar);
    if (next.first === unit.first) continue;
    const nextStart = localMidnight(next.first, format);
    if (nextStart >= end) {
      close(end, nextStart === end);
      return buckets;
    }
    if (nextStart > start) {
      close(nextStart, true);
      start = nextStart;
    }
    unit = next;
  }
}
