import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarSystem, ReportGranularity } from '../gql/graphql';
import {
  addDays,
  DEFAULT_CHOICE,
  dayCount,
  dayStartIn,
  defaultGranularity,
  granularityAllowed,
  monthStart,
  PRESETS,
  presetPeriod,
  readChoice,
  resolveChoice,
  todayIn,
  writeChoice,
} from './period';

const CALENDARS = ['GREGORIAN', 'JALALI'] as CalendarSystem[];
const GRANULARITIES = ['DAY', 'WEEK', 'MONTH'] as ReportGranularity[];

/** Any day from 1990 to 2090. */
const anyDay = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2090, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const anyCalendar = fc.constantFrom(...CALENDARS);
const anyPreset = fc.constantFrom(...PRESETS);

const jalaliDay = (day: string) =>
  new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', day: 'numeric', month: 'numeric' })
    .formatToParts(new Date(`${day}T00:00:00Z`))
    .filter((p) => p.type === 'day' || p.type === 'month')
    .map((p) => Number(p.value));

describe('presets', () => {
  it('give from < to, ending tomorrow or where this month starts, within 3 years', () => {
    fc.assert(
      fc.property(anyPreset, anyDay, anyCalendar, (preset, today, calendar) => {
        const p = presetPeriod(preset, today, calendar);
        expect(p.from < p.to).toBe(true);
        expect(p.from <= today).toBe(true);
        expect(p.to).toBe(preset === 'lastMonth' ? monthStart(today, calendar) : addDays(today, 1));
        expect(dayCount(p)).toBeLessThanOrEqual(366);
      }),
    );
  });

  it('are contiguous: last month ends where this month starts, and both are whole calendar months', () => {
    fc.assert(
      fc.property(anyDay, anyCalendar, (today, calendar) => {
        const last = presetPeriod('lastMonth', today, calendar);
        const current = presetPeriod('thisMonth', today, calendar);
        expect(last.to).toBe(current.from);
        expect(monthStart(last.from, calendar)).toBe(last.from);
        expect(monthStart(addDays(last.to, -1), calendar)).toBe(last.from);
        expect(dayCount(last)).toBeGreaterThanOrEqual(calendar === 'JALALI' ? 29 : 28);
        expect(dayCount(last)).toBeLessThanOrEqual(31);
        // The quarter and the year start on a month's first day, at or before this month.
        for (const preset of ['thisQuarter', 'thisYear', 'last12Months'] as const) {
          const p = presetPeriod(preset, today, calendar);
          expect(monthStart(p.from, calendar)).toBe(p.from);
          expect(p.from <= current.from).toBe(true);
        }
      }),
    );
  });

  it('allow DAY buckets only up to 400 days, and default to a granularity the period allows', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 1100 }), (from, days) => {
        const p = { from, to: addDays(from, days) };
        expect(granularityAllowed('DAY' as ReportGranularity, p)).toBe(days <= 400);
        expect(granularityAllowed('WEEK' as ReportGranularity, p)).toBe(true);
        expect(granularityAllowed(defaultGranularity(p), p)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        anyPreset,
        anyDay,
        anyCalendar,
        fc.constantFrom(...GRANULARITIES),
        (preset, today, calendar, g) => {
          const resolved = resolveChoice({ period: preset, granularity: g, compare: true }, today, calendar);
          expect(resolved && granularityAllowed(resolved.granularity, resolved.days)).toBe(true);
        },
      ),
    );
  });

  it('count months in the Gregorian calendar', () => {
    expect(presetPeriod('thisMonth', '2026-03-15', 'GREGORIAN' as CalendarSystem)).toEqual({
      from: '2026-03-01',
      to: '2026-03-16',
    });
    expect(presetPeriod('lastMonth', '2026-03-15', 'GREGORIAN' as CalendarSystem)).toEqual({
      from: '2026-02-01',
      to: '2026-03-01',
    });
    expect(presetPeriod('thisQuarter', '2026-05-20', 'GREGORIAN' as CalendarSystem).from).toBe('2026-04-01');
    expect(presetPeriod('thisYear', '2026-05-20', 'GREGORIAN' as CalendarSystem).from).toBe('2026-01-01');
    expect(presetPeriod('last12Months', '2026-05-20', 'GREGORIAN' as CalendarSystem).from).toBe('2025-06-01');
    expect(presetPeriod('last7', '2026-05-20', 'GREGORIAN' as CalendarSystem)).toEqual({
      from: '2026-05-14',
      to: '2026-05-21',
    });
  });

  it('count months, quarters and years in the Jalali calendar', () => {
    const J = 'JALALI' as CalendarSystem;
    // 2026-03-15 is 24 Esfand 1404; Farvardin 1405 starts on 2026-03-21 (Nowruz).
    expect(presetPeriod('thisMonth', '2026-03-15', J)).toEqual({ from: '2026-02-20', to: '2026-03-16' });
    expect(presetPeriod('lastMonth', '2026-03-15', J)).toEqual({ from: '2026-01-21', to: '2026-02-20' });
    expect(presetPeriod('thisYear', '2026-03-15', J).from).toBe('2025-03-21');
    expect(presetPeriod('thisYear', '2026-03-21', J).from).toBe('2026-03-21');
    // Dey to Esfand is the winter quarter: 1 Dey 1404 is 2025-12-22.
    expect(presetPeriod('thisQuarter', '2026-03-15', J).from).toBe('2025-12-22');
    expect(jalaliDay(presetPeriod('last12Months', '2026-03-15', J).from)).toEqual([1, 1]);
  });
});

describe('the address', () => {
  it('keeps a choice across a reload, and reads junk as the default', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS, 'custom' as const),
        anyDay,
        anyDay,
        fc.option(fc.constantFrom(...GRANULARITIES), { nil: undefined }),
        fc.boolean(),
        (period, from, until, granularity, compare) => {
          const choice = {
            period,
            ...(period === 'custom' ? { from, until } : {}),
            ...(granularity ? { granularity } : {}),
            compare,
          };
          expect(readChoice(new URLSearchParams(writeChoice(choice)))).toEqual(choice);
        },
      ),
    );
    expect(readChoice(new URLSearchParams('period=soon&granularity=HOUR'))).toEqual(DEFAULT_CHOICE);
    expect(readChoice(new URLSearchParams('period=custom&from=2026-02-30'))).toEqual({
      period: 'custom',
      compare: true,
    });
  });

  it('includes both picked days of a custom period', () => {
    expect(
      resolveChoice(
        { period: 'custom', from: '2026-01-01', until: '2026-01-31', compare: true },
        '2026-06-01',
        'GREGORIAN' as CalendarSystem,
      ),
    ).toEqual({ days: { from: '2026-01-01', to: '2026-02-01' }, granularity: 'DAY' });
    expect(
      resolveChoice(
        { period: 'custom', from: '2026-01-01', compare: true },
        '2026-06-01',
        'GREGORIAN' as CalendarSystem,
      ),
    ).toBeNull();
  });
});

describe('the workspace clock', () => {
  it('finds the day it is and when a day starts in a zone', () => {
    expect(todayIn('Asia/Tehran', new Date('2026-03-15T21:00:00Z'))).toBe('2026-03-16');
    expect(todayIn('America/New_York', new Date('2026-03-15T03:00:00Z'))).toBe('2026-03-14');
    expect(dayStartIn('2026-03-16', 'Asia/Tehran')).toBe('2026-03-15T20:30:00.000Z');
    expect(dayStartIn('2026-07-01', 'Europe/Moscow')).toBe('2026-06-30T21:00:00.000Z');
    expect(dayStartIn('2026-07-01', 'UTC')).toBe('2026-07-01T00:00:00.000Z');
    // Tehran skipped midnight on 2020-03-21 (00:00 → 01:00): the day starts at the change.
    expect(dayStartIn('2020-03-21', 'Asia/Tehran')).toBe('2020-03-20T20:30:00.000Z');
  });

  it('starts every day at an instant that falls on that day in the zone', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.constantFrom('Asia/Tehran', 'Europe/Moscow', 'America/Sao_Paulo', 'UTC'),
        (day, zone) => {
          const start = new Date(dayStartIn(day, zone));
          expect(todayIn(zone, start)).toBe(day);
          expect(todayIn(zone, new Date(start.getTime() - 1000))).toBe(addDays(day, -1));
        },
      ),
    );
  });
});
