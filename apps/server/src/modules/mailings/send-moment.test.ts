import { describe, expect, it } from 'vitest';
import { allowedNextMinute, nextSendMoment, parseLocalDateTime, zonedMoment } from './send-moment.js';

const at = (iso: string) => new Date(iso);
const NIGHT = { start: '22:00', end: '08:00' };

describe('nextSendMoment', () => {
  it('lets a message leave at once outside quiet hours or when there are none', () => {
    // 12:00 in Tehran (+03:30).
    expect(nextSendMoment(at('2026-12-05T08:30:00Z'), 'Asia/Tehran', NIGHT)).toEqual(
      at('2026-12-05T08:30:00Z'),
    );
    expect(nextSendMoment(at('2026-12-05T20:00:00Z'), 'Asia/Tehran', null)).toEqual(
      at('2026-12-05T20:00:00Z'),
    );
  });

  it('holds a message in quiet hours spanning midnight until the local end, the next morning before midnight', () => {
    // 23:30 Tehran on the 5th → 08:00 Tehran on the 6th = 04:30 UTC.
    expect(nextSendMoment(at('2026-12-05T20:00:00Z'), 'Asia/Tehran', NIGHT)).toEqual(
      at('2026-12-06T04:30:00Z'),
    );
    // 02:00 Tehran on the 6th (22:30 UTC on the 5th) → the same morning.
    expect(nextSendMoment(at('2026-12-05T22:30:00Z'), 'Asia/Tehran', NIGHT)).toEqual(
      at('2026-12-06T04:30:00Z'),
    );
    // 08:00 exactly is no longer quiet; 21:59 is not yet.
    expect(nextSendMoment(at('2026-12-06T04:30:00Z'), 'Asia/Tehran', NIGHT)).toEqual(
      at('2026-12-06T04:30:00Z'),
    );
    expect(nextSendMoment(at('2026-12-05T18:29:00Z'), 'Asia/Tehran', NIGHT)).toEqual(
      at('2026-12-05T18:29:00Z'),
    );
  });

  it('holds within quiet hours inside one day (13:00–15:00 siesta)', () => {
    const siesta = { start: '13:00', end: '15:00' };
    // 14:00 Tehran → 15:00 Tehran = 11:30 UTC.
    expect(nextSendMoment(at('2026-12-05T10:30:00Z'), 'Asia/Tehran', siesta)).toEqual(
      at('2026-12-05T11:30:00Z'),
    );
    expect(nextSendMoment(at('2026-12-05T12:00:00Z'), 'Asia/Tehran', siesta)).toEqual(
      at('2026-12-05T12:00:00Z'),
    );
  });

  it('ends quiet hours at the local time across a daylight-saving change', () => {
    // New York springs forward on 8 March 2026: at 23:00 EST (-05) on the 7th the quiet hours end at
    // 08:00 EDT (-04) on the 8th = 12:00 UTC, not 13:00.
    expect(nextSendMoment(at('2026-03-08T04:00:00Z'), 'America/New_York', NIGHT)).toEqual(
      at('2026-03-08T12:00:00Z'),
    );
    // and falls back on 1 November: 08:00 EST = 13:00 UTC.
    expect(nextSendMoment(at('2026-11-01T03:00:00Z'), 'America/New_York', NIGHT)).toEqual(
      at('2026-11-01T13:00:00Z'),
    );
    // Quiet hours ending at 02:30 on the spring-forward night (a time that never happens) end just after the jump.
    const moment = nextSendMoment(at('2026-03-08T05:00:00Z'), 'America/New_York', {
      start: '00:00',
      end: '02:30',
    });
    expect(moment).toEqual(at('2026-03-08T07:30:00Z'));
  });
});

describe('zonedMoment and parseLocalDateTime', () => {
  it('reads a wall-clock time in a zone', () => {
    expect(zonedMoment({ year: 2026, month: 12, day: 6, hour: 9, minute: 0 }, 'Asia/Tehran')).toEqual(
      at('2026-12-06T05:30:00Z'),
    );
    // 01:30 happens twice when New York falls back: the first one.
    expect(zonedMoment({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York')).toEqual(
      at('2026-11-01T05:30:00Z'),
    );
  });

  it('takes YYYY-MM-DDTHH:MM and refuses what is not a time', () => {
    expect(parseLocalDateTime('2026-12-06T09:15')).toEqual({
      year: 2026,
      month: 12,
      day: 6,
      hour: 9,
      minute: 15,
    });
    for (const bad of ['2026-02-30T09:00', '2026-12-06T24:00', '2026-12-06', 'tomorrow'])
      expect(parseLocalDateTime(bad)).toBeNull();
  });
});

describe('allowedNextMinute', () => {
  it('is the throttle less what left in the last minute, within the batch', () => {
    expect(allowedNextMinute(100, 30, 500)).toBe(70);
    expect(allowedNextMinute(100, 130, 500)).toBe(0);
    expect(allowedNextMinute(1000, 0, 200)).toBe(200);
    expect(allowedNextMinute(null, 10_000, 200)).toBe(200);
  });
});
