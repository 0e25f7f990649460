import type { CalendarSystem, ReportGranularity } from '../gql/graphql';

/**
 * The dashboard's period, as days: presets are computed in the staff member's calendar (Jalali
 * months, quarters and years for a Persian-calendar user) on the workspace's clock, the one the
 * server cuts buckets on. Days are Gregorian YYYY-MM-DD throughout (Date is calendar-free); `to` is
 * excluded, so consecutive periods meet (last month's `to` is this month's `from`).
 */
export const PRESETS = [
  'last7',
  'last30',
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'thisYear',
  'last12Months',
] as const;
export type Preset = (typeof PRESETS)[number];
export type PeriodChoice = Preset | 'custom';

export const isPreset = (value: unknown): value is Preset => PRESETS.includes(value as Preset);

/** [from, to) in days. */
export interface DayPeriod {
  from: string;
  to: string;
}

/** DAY buckets at most over this many days (the server allows 400 buckets). */
export const MAX_DAY_BUCKETS = 400;

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateOf = (day: string): Date => new Date(`${day}T00:00:00Z`);
const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

export const isDay = (value: unknown): value is string =>
  typeof value === 'string' && DAY.test(value) && dayOf(dateOf(value)) === value;

export function addDays(day: string, days: number): string {
  return dayOf(new Date(dateOf(day).getTime() + days * DAY_MS));
}

/** Days in [from, to). */
export function dayCount(period: DayPeriod): number {
  return Math.round((dateOf(period.to).getTime() - dateOf(period.from).getTime()) / DAY_MS);
}

const jalaliParts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** A day's month (1–12) and day of month in the calendar. */
function monthAndDay(day: string, calendar: CalendarSystem): { month: number; date: number } {
  if (calendar !== 'JALALI') return { month: Number(day.slice(5, 7)), date: Number(day.slice(8, 10)) };
  const parts = Object.fromEntries(jalaliParts.formatToParts(dateOf(day)).map((p) => [p.type, p.value]));
  return { month: Number(parts.month), date: Number(parts.day) };
}

/** The first day of the calendar month holding `day`. */
export function monthStart(day: string, calendar: CalendarSystem): string {
  return addDays(day, 1 - monthAndDay(day, calendar).date);
}

/** The first day of the month `back` months before the one holding `day`. */
function monthsBefore(day: string, back: number, calendar: CalendarSystem): string {
  let start = monthStart(day, calendar);
  for (let i = 0; i < back; i++) start = monthStart(addDays(start, -1), calendar);
  return start;
}

/** The first day of the month holding `day` whose number is one of `months` (a quarter's, the year's). */
function backToMonth(day: string, calendar: CalendarSystem, starts: (month: number) => boolean): string {
  let start = monthStart(day, calendar);
  while (!starts(monthAndDay(start, calendar).month)) start = monthStart(addDays(start, -1), calendar);
  return start;
}

/**
 * A preset's days, `today` being the workspace's current day: the "last" and "this" periods run
 * through today (their `to` is tomorrow); last month is the whole month before this one. A Jalali
 * quarter is three months from Farvardin, Tir, Mehr or Dey (the seasons).
 */
export function presetPeriod(preset: Preset, today: string, calendar: CalendarSystem): DayPeriod {
  const tomorrow = addDays(today, 1);
  switch (preset) {
    case 'last7':
      return { from: addDays(today, -6), to: tomorrow };
    case 'last30':
      return { from: addDays(today, -29), to: tomorrow };
    case 'thisMonth':
      return { from: monthStart(today, calendar), to: tomorrow };
    case 'lastMonth':
      return { from: monthsBefore(today, 1, calendar), to: monthStart(today, calendar) };
    case 'thisQuarter':
      return { from: backToMonth(today, calendar, (m) => (m - 1) % 3 === 0), to: tomorrow };
    case 'thisYear':
      return { from: backToMonth(today, calendar, (m) => m === 1), to: tomorrow };
    case 'last12Months':
      return { from: monthsBefore(today, 11, calendar), to: tomorrow };
  }
}

/** DAY buckets are allowed up to 400 days; weeks and months always (the server caps periods at 3 years). */
export function granularityAllowed(granularity: ReportGranularity, period: DayPeriod): boolean {
  return granularity !== 'DAY' || dayCount(period) <= MAX_DAY_BUCKETS;
}

/** What a period is best seen in: days up to about a month, weeks up to a quarter, months beyond. */
export function defaultGranularity(period: DayPeriod): ReportGranularity {
  const days = dayCount(period);
  if (days <= 31) return 'DAY' as ReportGranularity;
  if (days <= 100) return 'WEEK' as ReportGranularity;
  return 'MONTH' as ReportGranularity;
}

/** What the address says (`?period=…&from=…&until=…&granularity=…&compare=…`), read back safely. */
export interface DashboardChoice {
  period: PeriodChoice;
  /** A custom period's first and last days, both included, as picked. */
  from?: string;
  until?: string;
  granularity?: ReportGranularity;
  compare: boolean;
}

export const DEFAULT_CHOICE: DashboardChoice = { period: 'last30', compare: true };

const GRANULARITIES = ['DAY', 'WEEK', 'MONTH'];

export function readChoice(params: URLSearchParams): DashboardChoice {
  const period = params.get('period');
  const granularity = params.get('granularity');
  const choice: DashboardChoice = {
    period: period === 'custom' || isPreset(period) ? period : DEFAULT_CHOICE.period,
    compare: params.get('compare') !== 'false',
  };
  if (granularity && GRANULARITIES.includes(granularity))
    choice.granularity = granularity as ReportGranularity;
  if (choice.period === 'custom') {
    const from = params.get('from');
    const until = params.get('until');
    if (isDay(from)) choice.from = from;
    if (isDay(until)) choice.until = until;
  }
  return choice;
}

export function writeChoice(choice: DashboardChoice): Record<string, string> {
  return {
    period: choice.period,
    ...(choice.period === 'custom' && choice.from ? { from: choice.from } : {}),
    ...(choice.period === 'custom' && choice.until ? { until: choice.until } : {}),
    ...(choice.granularity ? { granularity: choice.granularity } : {}),
    ...(choice.compare ? {} : { compare: 'false' }),
  };
}

/**
 * The days a choice stands for (null: a custom period not picked yet) and the granularity in force:
 * the one chosen if the period allows it, else the period's default.
 */
export function resolveChoice(
  choice: DashboardChoice,
  today: string,
  calendar: CalendarSystem,
): { days: DayPeriod; granularity: ReportGranularity } | null {
  let days: DayPeriod;
  if (choice.period === 'custom') {
    if (!choice.from || !choice.until) return null;
    // Both picked days are included; a reversed pair is sent as it is, for the server to refuse.
    days = { from: choice.from, to: addDays(choice.until, 1) };
  } else days = presetPeriod(choice.period, today, calendar);
  const granularity =
    choice.granularity && granularityAllowed(choice.granularity, days)
      ? choice.granularity
      : defaultGranularity(days);
  return { days, granularity };
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

/** The wall clock of an instant in the zone, read as if it were UTC (ms). */
function wallClock(at: number, format: Intl.DateTimeFormat): number {
  const p = Object.fromEntries(format.formatToParts(new Date(at)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    (p.hour ?? 0) % 24,
    p.minute ?? 0,
    p.second ?? 0,
  );
}

/** The day it is in the zone at `now`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dayOf(new Date(wallClock(now.getTime(), zoneFormat(timeZone))));
}

/**
 * The instant a day starts in the zone (ISO): its local midnight, or — when a clock change skips
 * midnight — the first instant of the day, as the server finds it.
 */
export function dayStartIn(day: string, timeZone: string): string {
  const format = zoneFormat(timeZone);
  const wall = dateOf(day).getTime();
  const offsetAt = (t: number) => wallClock(t, format) - t;
  const o1 = offsetAt(wall);
  const o2 = offsetAt(wall - o1);
  const fits = [wall - o1, wall - o2].filter((t) => offsetAt(t) === wall - t);
  const at = fits.length ? Math.min(...fits) : wall - Math.min(o1, o2);
  return new Date(at).toISOString();
}
