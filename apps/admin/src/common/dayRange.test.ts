import { describe, expect, it } from 'vitest';
import { dayRange, endOfDay } from './dayRange';

describe('days picked as a range', () => {
  it('includes both days: from local midnight to the midnight after the last day', () => {
    expect(dayRange('2026-03-01', '2026-03-31')).toEqual({
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 3, 1).toISOString(),
    });
    expect(dayRange(null, null)).toEqual({ from: null, to: null });
    expect(endOfDay('2026-12-31')).toBe(new Date(2027, 0, 1).toISOString());
    expect(endOfDay('not a day')).toBeNull();
  });
});
