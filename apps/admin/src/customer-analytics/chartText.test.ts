import { describe, expect, it } from 'vitest';
import { CalendarSystem } from '../gql/graphql';
import { chartDirection, dayLabel, monthLabel, numberLabel } from './chartText';

describe('chart text', () => {
  it('names a Jalali month in Persian with Persian digits', () => {
    // 1405-09-01 (Azar) is 22 November 2026.
    const label = monthLabel('2026-11-22', 'fa', CalendarSystem.JALALI);
    expect(label).toContain('آذر');
    expect(label).toMatch(/[۰-۹]/);
    expect(label).not.toMatch(/[0-9]/);
  });

  it('names a month and its whole year, not a date', () => {
    expect(monthLabel('2026-01-01', 'ru', CalendarSystem.GREGORIAN)).toBe('янв. 2026');
    expect(monthLabel('2026-01-01', 'en', CalendarSystem.GREGORIAN)).toBe('Jan 2026');
    expect(monthLabel('2026-01-01', 'fa', CalendarSystem.GREGORIAN)).toBe('ژانویه ۲۰۲۶');
    expect(monthLabel('2026-11-22', 'fa', CalendarSystem.JALALI)).toBe('آذر ۱۴۰۵');
    expect(monthLabel('2026-11-22', 'ru', CalendarSystem.JALALI)).toBe('азер 1405');
  });

  it('writes a day with its whole year', () => {
    expect(dayLabel('2026-12-06T12:00:00Z', 'ru', CalendarSystem.GREGORIAN)).toBe('6 дек. 2026 г.');
    expect(dayLabel('2026-12-06T12:00:00Z', 'fa', CalendarSystem.JALALI)).toBe('۱۵ آذر ۱۴۰۵');
  });

  it('writes numbers in Persian digits and mirrors the axes for Persian only', () => {
    expect(numberLabel(1250, 'fa')).toBe('۱٬۲۵۰');
    expect(chartDirection('fa')).toMatchObject({ reversed: true, valueSide: 'right' });
    expect(chartDirection('en')).toMatchObject({ reversed: false, valueSide: 'left' });
  });
});
