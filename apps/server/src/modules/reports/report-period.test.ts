import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutPeriod, localMidnight, reportPeriod } from './report-period.js';

const at = (iso: string) => new Date(iso);
const shape = (b: { start: Date; end: Date; label: string; partial: boolean }) => [
  b.start.toISOString(),
  b.end.toISOString(),
  b.label,
  b.partial,
];

describe('buckets', () => {
  it('cuts days at local midnight in the time zone', () => {
    // Tehran is UTC+3:30: local midnight is 20:30 UTC the day before.
    const buckets = cutPeriod(
      at('2026-11-29T20:30:00Z'),
      at('2026-12-01T20:30:00Z'),
      'DAY',
      'GREGORIAN',
      'Asia/Tehran',
    );
    expect(buckets.map(shape)).toEqual([
      ['2026-11-29T20:30:00.000Z', '2026-11-30T20:30:00.000Z', '2026-11-30', false],
      ['2026-11-30T20:30:00.000Z', '2026-12-01T20:30:00.000Z', '2026-12-01', false],
    ]);
  });

  it('starts weeks on Monday with ISO week labels, clipping the ends', () => {
    // 2026-11-25 is a Wednesday; 2026-11-30 a Monday (ISO week 49).
    const buckets = cutPeriod(
      at('2026-11-25T00:00:00Z'),
      at('2026-12-09T12:00:00Z'),
      'WEEK',
      'GREGORIAN',
      'UTC',
    );
    expect(buckets.map(shape)).toEqual([
      ['2026-11-25T00:00:00.000Z', '2026-11-30T00:00:00.000Z', '2026-W48', true],
      ['2026-11-30T00:00:00.000Z', '2026-12-07T00:00:00.000Z', '2026-W49', false],
      ['2026-12-07T00:00:00.000Z', '2026-12-09T12:00:00.000Z', '2026-W50', true],
    ]);
  });

  it('starts Jalali weeks on Saturday, labelled by their first day', () => {
    // 2026-11-28 is a Saturday: 1405-09-07.
    const buckets = cutPeriod(
      at('2026-11-28T00:00:00Z'),
      at('2026-12-05T00:00:00Z'),
      'WEEK',
      'JALALI',
      'UTC',
    );
    expect(buckets.map(shape)).toEqual([
      ['2026-11-28T00:00:00.000Z', '2026-12-05T00:00:00.000Z', '1405-09-07', false],
    ]);
  });

  it('follows Jalali months (Azar 1405 starts on 2026-11-22)', () => {
    const buckets = cutPeriod(
      at('2026-11-01T00:00:00Z'),
      at('2027-01-01T00:00:00Z'),
      'MONTH',
      'JALALI',
      'UTC',
    );
    expect(buckets.map((b) => [b.label, b.startDay, b.start.toISOString().slice(0, 10)])).toEqual([
      ['1405-08', '2026-10-23', '2026-11-01'],
      ['1405-09', '2026-11-22', '2026-11-22'],
      ['1405-10', '2026-12-22', '2026-12-22'],
    ]);
  });

  it('starts a day skipped at midnight where the clock moved (Tehran, 22 March 2022 began at 01:00)', () => {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Tehran',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    expect(new Date(localMidnight('2022-03-22', format)).toISOString()).toBe('2022-03-21T20:30:00.000Z');
    expect(new Date(localMidnight('2022-03-23', format)).toISOString()).toBe('2022-03-22T19:30:00.000Z');
  });

  it('checks the period: order, length and the number of days', () => {
    const base = { granularity: 'DAY', compare: true, calendar: 'GREGORIAN', timeZone: 'UTC' } as const;
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        const ext = (e as { extensions: { fields: { path: string[]; problem: { code: string } }[] } })
          .extensions;
        return [ext.fields[0]?.path.join('.'), ext.fields[0]?.problem.code];
      }
      return null;
    };
    const from = at('2026-01-01T00:00:00Z');
    expect(code(() => reportPeriod({ ...base, from, to: from }))).toEqual([
      'input.to',
      'REPORT_PERIOD_REVERSED',
    ]);
    expect(
      code(() => reportPeriod({ ...base, from, to: at('2029-01-01T00:00:01Z'), granularity: 'MONTH' })),
    ).toEqual(['input.to', 'REPORT_PERIOD_TOO_LONG']);
    expect(code(() => reportPeriod({ ...base, from, to: at('2027-02-06T00:00:00Z') }))).toEqual([
      'input.granularity',
      'REPORT_TOO_MANY_BUCKETS',
    ]);
    const ok = reportPeriod({ ...base, from, to: at('2029-01-01T00:00:00Z'), granularity: 'MONTH' });
    expect(ok.buckets).toHaveLength(36);
    expect(ok.previous).toEqual({ from: at('2023-01-01T00:00:00Z'), to: from });
  });
});

describe('bucket boundaries (property)', () => {
  const zones = [
    'UTC',
    'Asia/Tehran',
    'Europe/Moscow',
    'America/New_York',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
  ];
  const cases = fc.record({
    from: fc.date({ min: at('2015-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z'), noInvalidDate: true }),
    lengthMs: fc.integer({ min: 1, max: 400 * 86_400_000 }),
    granularity: fc.constantFrom('DAY', 'WEEK', 'MONTH' as const),
    calendar: fc.constantFrom('GREGORIAN', 'JALALI' as const),
    zone: fc.constantFrom(...zones),
  });

  it('are contiguous, cover [from, to) and come one per calendar unit the period touches', () => {
    fc.assert(
      fc.property(cases, ({ from, lengthMs, granularity, calendar, zone }) => {
        const to = new Date(from.getTime() + lengthMs);
        const buckets = cutPeriod(from, to, granularity, calendar, zone);
        expect(buckets[0]?.start.getTime()).toBe(from.getTime());
        expect(buckets.at(-1)?.end.getTime()).toBe(to.getTime());
        for (const [i, b] of buckets.entries()) {
          expect(b.end.getTime()).toBeGreaterThan(b.start.getTime());
          if (i > 0) expect(b.start.getTime()).toBe(buckets[i - 1]?.end.getTime());
          // Every bucket but the first starts a unit, and each unit appears once.
          if (i > 0) expect(b.partial && i < buckets.length - 1).toBe(false);
        }
        expect(new Set(buckets.map((b) => b.startDay)).size).toBe(buckets.length);
        // Count: days cover at most 25 h each (a clock change), so a period holds about its length in units.
        if (granularity === 'DAY') {
          expect(buckets.length).toBeGreaterThanOrEqual(Math.ceil(lengthMs / (25 * 3_600_000)));
          expect(buckets.length).toBeLessThanOrEqual(Math.ceil(lengthMs / (23 * 3_600_000)) + 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
