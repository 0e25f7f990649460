import { describe, expect, it } from 'vitest';
import { lastMonths } from './calendar-months.js';

describe('lastMonths', () => {
  it('gives Gregorian months oldest first, the current one last', () => {
    expect(lastMonths('2026-03-01', 3, 'GREGORIAN')).toEqual([
      { month: '2026-01', from: '2026-01-01' },
      { month: '2026-02', from: '2026-02-01' },
      { month: '2026-03', from: '2026-03-01' },
    ]);
  });

  it('gives Jalali months with their Gregorian first days (Nowruz 1405 is 21 March 2026)', () => {
    expect(lastMonths('2026-04-25', 2, 'JALALI')).toEqual([
      { month: '1405-01', from: '2026-03-21' },
      { month: '1405-02', from: '2026-04-21' },
    ]);
  });
});
