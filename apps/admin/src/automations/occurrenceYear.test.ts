import { describe, expect, it } from 'vitest';
import { CalendarSystem } from '../gql/graphql';
import { occurrenceYear } from './occurrenceYear';

describe('the year of a birthday or anniversary run', () => {
  it('is the Jalali year of the run’s day under the Jalali calendar, in Persian digits', () => {
    expect(occurrenceYear('2026', '2026-12-06T08:00:00Z', 'fa', CalendarSystem.JALALI)).toBe('۱۴۰۵');
    // Before Nowruz the Gregorian year's day is still in the Jalali year before.
    expect(occurrenceYear('2026', '2026-02-10T08:00:00Z', 'fa', CalendarSystem.JALALI)).toBe('۱۴۰۴');
    expect(occurrenceYear('2026', '2026-12-06T08:00:00Z', 'en', CalendarSystem.JALALI)).toBe('1405');
  });

  it('stays the Gregorian year under the Gregorian calendar, in the language’s digits and ungrouped', () => {
    expect(occurrenceYear('2026', '2026-12-06T08:00:00Z', 'fa', CalendarSystem.GREGORIAN)).toBe('۲۰۲۶');
    expect(occurrenceYear('2026', '2026-12-06T08:00:00Z', 'ru', CalendarSystem.GREGORIAN)).toBe('2026');
  });

  it('is left as it is when it is no year', () => {
    expect(occurrenceYear('x1', '2026-12-06T08:00:00Z', 'fa', CalendarSystem.JALALI)).toBe('x1');
  });
});
