import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inWindow, jalaliMonth, jalaliMonthWindow, localDay } from './anniversary.js';
import { evaluateFilter } from './evaluate.js';
import type { FieldDescriptor, FilterCondition } from './tree.js';
import { validateFilter } from './validate.js';

const FIELDS: FieldDescriptor[] = [{ key: 'birth', kind: 'date' }];
const c = (operator: FilterCondition['operator'], value?: unknown): FilterCondition => ({
  kind: 'condition',
  field: 'birth',
  operator,
  value,
});
const matches = (cond: FilterCondition, birth: string, now: string, zone = 'UTC') =>
  evaluateFilter(cond, FIELDS, { birth }, new Date(now), zone);

describe('anniversaries of a date', () => {
  it('"in the next N days" compares day and month, not the date itself', () => {
    expect(matches(c('anniversaryNextDays', 30), '1990-07-01', '2026-06-15T12:00:00Z')).toBe(true);
    expect(matches(c('anniversaryNextDays', 30), '1990-07-16', '2026-06-15T12:00:00Z')).toBe(false);
    expect(matches(c('anniversaryNextDays', 30), '1990-06-14', '2026-06-15T12:00:00Z')).toBe(false);
    expect(matches(c('anniversaryLastDays', 7), '1990-06-08', '2026-06-15T12:00:00Z')).toBe(true);
    expect(matches(c('anniversaryLastDays', 7), '1990-06-07', '2026-06-15T12:00:00Z')).toBe(false);
    expect(matches(c('anniversaryToday'), '2001-06-15', '2026-06-15T23:00:00Z')).toBe(true);
  });

  it('runs over the new year both ways', () => {
    expect(matches(c('anniversaryNextDays', 20), '1980-01-05', '2026-12-20T08:00:00Z')).toBe(true);
    expect(matches(c('anniversaryNextDays', 20), '1980-12-19', '2026-12-20T08:00:00Z')).toBe(false);
    expect(matches(c('anniversaryLastDays', 10), '1980-12-28', '2027-01-03T08:00:00Z')).toBe(true);
    expect(matches(c('anniversaryLastDays', 10), '1980-01-04', '2027-01-03T08:00:00Z')).toBe(false);
  });

  it('celebrates 29 February on 28 February in a year without it', () => {
    expect(matches(c('anniversaryToday'), '1996-02-29', '2027-02-28T10:00:00Z')).toBe(true);
    expect(matches(c('anniversaryToday'), '1996-02-29', '2027-03-01T10:00:00Z')).toBe(false);
    expect(matches(c('anniversaryLastDays', 1), '1996-02-29', '2027-03-01T10:00:00Z')).toBe(true);
    // In a leap year the 29th is a day of its own.
    expect(matches(c('anniversaryToday'), '1996-02-29', '2028-02-28T10:00:00Z')).toBe(false);
    expect(matches(c('anniversaryToday'), '1996-02-29', '2028-02-29T10:00:00Z')).toBe(true);
    expect(matches(c('anniversaryInMonth', { month: 2 }), '1996-02-29', '2027-06-01T00:00:00Z')).toBe(true);
  });

  it('takes "today" in the workspace time zone', () => {
    // 22:00 UTC on 14 June is already 15 June in Tehran (+03:30) but still 14 June in New York.
    const now = '2026-06-14T22:00:00Z';
    expect(matches(c('anniversaryToday'), '1990-06-15', now, 'Asia/Tehran')).toBe(true);
    expect(matches(c('anniversaryToday'), '1990-06-15', now, 'UTC')).toBe(false);
    expect(matches(c('anniversaryToday'), '1990-06-14', now, 'America/New_York')).toBe(true);
    expect(localDay(new Date(now), 'Asia/Tehran')).toBe(Date.UTC(2026, 5, 15));
  });

  it('a window of a year or more holds every date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2050-01-01'), noInvalidDate: true }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        (birth, now) => {
          const iso = birth.toISOString().slice(0, 10);
          expect(evaluateFilter(c('anniversaryNextDays', 365), FIELDS, { birth: iso }, now)).toBe(true);
          expect(evaluateFilter(c('anniversaryLastDays', 365), FIELDS, { birth: iso }, now)).toBe(true);
        },
      ),
    );
  });

  it('"in the next N days" is exactly "is there a day d in [today, today+N] with the same anniversary"', () => {
    const DAY = 86_400_000;
    const celebrated = (birth: string, year: number) => {
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      return birth.slice(5) === '02-29' && !leap ? '02-28' : birth.slice(5);
    };
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2050-01-01'), noInvalidDate: true }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 365 }),
        (birth, now, n) => {
          const iso = birth.toISOString().slice(0, 10);
          const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
          let expected = false;
          for (let d = today; d <= today + n * DAY; d += DAY) {
            const day = new Date(d);
            if (day.toISOString().slice(5, 10) === celebrated(iso, day.getUTCFullYear())) expected = true;
          }
          expect(evaluateFilter(c('anniversaryNextDays', n), FIELDS, { birth: iso }, now)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a Jalali month is the month the SPA shows in the Persian calendar, inside its Gregorian window', () => {
    const persian = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', month: 'numeric' });
    for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 86_400_000 * 3) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      expect(jalaliMonth(iso), iso).toBe(Number(persian.format(ms)));
      expect(inWindow(iso.slice(5), jalaliMonthWindow(jalaliMonth(iso))), iso).toBe(true);
    }
    expect(
      matches(c('anniversaryInMonth', { month: 1, calendar: 'jalali' }), '1991-03-21', '2026-01-01'),
    ).toBe(true);
    expect(
      matches(c('anniversaryInMonth', { month: 1, calendar: 'jalali' }), '1991-03-20', '2026-01-01'),
    ).toBe(false);
    // Dey runs from late December into January: its Gregorian window wraps.
    const dey = jalaliMonthWindow(10);
    expect(!dey.all && dey.from > dey.to).toBe(true);
  });

  it('refuses days outside 1–365 and months that are not one', () => {
    const codes = (cond: FilterCondition) => validateFilter(cond, FIELDS).map((p) => p.code);
    expect(codes(c('anniversaryNextDays', 0))).toEqual(['FILTER_VALUE_DAYS']);
    expect(codes(c('anniversaryLastDays', 366))).toEqual(['FILTER_VALUE_DAYS']);
    expect(codes(c('anniversaryToday', 3))).toEqual(['FILTER_VALUE_NONE']);
    for (const bad of [13, { month: 0 }, { month: 2, calendar: 'hijri' }, { month: 2, extra: 1 }, null])
      expect(codes(c('anniversaryInMonth', bad))).toEqual(['FILTER_VALUE_MONTH']);
    expect(codes(c('anniversaryInMonth', { month: 12, calendar: 'jalali' }))).toEqual([]);
  });
});
