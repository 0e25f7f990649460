import { describe, expect, it } from 'vitest';
import { listMatch, maxDays, valueShape } from './filterTree';
import { monthNames } from './MonthEditor';

describe('anniversary conditions in the builder', () => {
  it('take no value for today, a day count for windows and a month for "in month"', () => {
    expect(valueShape('ANNIVERSARY_TODAY')).toBe('none');
    expect(valueShape('ANNIVERSARY_NEXT_DAYS')).toBe('days');
    expect(valueShape('ANNIVERSARY_LAST_DAYS')).toBe('days');
    expect(valueShape('ANNIVERSARY_IN_MONTH')).toBe('month');
    // The server takes at most a year of anniversaries, and 100 years of plain days.
    expect(maxDays('ANNIVERSARY_NEXT_DAYS')).toBe(365);
    expect(maxDays('NEXT_DAYS')).toBe(36500);
  });

  it('name the months of either calendar in the UI language', () => {
    expect(monthNames('en', 'gregorian')[0]).toBe('January');
    expect(monthNames('ru', 'gregorian')[2]).toMatch(/^март/);
    const jalali = monthNames('fa', 'jalali');
    expect(jalali[0]).toBe('فروردین');
    expect(jalali[11]).toBe('اسفند');
    expect(new Set(jalali).size).toBe(12);
  });
});

describe('the chips of a list condition', () => {
  it('say whether any, all or none of the values must match', () => {
    expect(listMatch('HAS_ANY')).toBe('any');
    expect(listMatch('IN')).toBe('any');
    expect(listMatch('HAS_ALL')).toBe('all');
    expect(listMatch('HAS_NONE')).toBe('none');
    expect(listMatch('NOT_IN')).toBe('none');
  });
});
