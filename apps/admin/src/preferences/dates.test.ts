import { describe, expect, it } from 'vitest';
import { calendarAfterLocaleChange, effectiveCalendar, formatDate, fromIsoDate, toIsoDate } from './dates';

describe('formatDate', () => {
  it('shows a day in the Jalali calendar with Persian digits', () => {
    const text = formatDate('1990-05-17', 'fa', 'JALALI');
    expect(text).toContain('اردیبهشت');
    expect(text).toContain('۱۳۶۹');
    expect(text).toContain('۲۷');
  });

  it('shows the same day in the Gregorian calendar', () => {
    expect(formatDate('1990-05-17', 'en', 'GREGORIAN')).toBe('17 May 1990');
    expect(formatDate('1990-05-17', 'ru', 'GREGORIAN')).toContain('1990');
    expect(formatDate('1990-05-17', 'fa', 'GREGORIAN')).toContain('۱۹۹۰');
  });

  it('never moves a calendar day across a time zone', () => {
    expect(formatDate('1991-03-21', 'fa', 'JALALI')).toContain('فروردین');
    expect(formatDate('1991-03-21', 'fa', 'JALALI')).toContain('۱۳۷۰');
  });

  it('adds the time to date-times when asked', () => {
    const text = formatDate('2026-03-21T10:05:00Z', 'en', 'GREGORIAN', true);
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/\d{2}:\d{2}/);
  });

  it('leaves unparseable values as they are', () => {
    expect(formatDate('soon', 'en', 'GREGORIAN')).toBe('soon');
  });
});

describe('calendar choice', () => {
  it('defaults to Jalali for Persian and Gregorian otherwise', () => {
    expect(effectiveCalendar('fa', null)).toBe('JALALI');
    expect(effectiveCalendar('en', undefined)).toBe('GREGORIAN');
    expect(effectiveCalendar('fa', 'GREGORIAN')).toBe('GREGORIAN');
  });

  it('follows a language switch unless the user chose otherwise', () => {
    expect(calendarAfterLocaleChange('en', 'fa', 'GREGORIAN')).toBe('JALALI');
    expect(calendarAfterLocaleChange('fa', 'ru', 'JALALI')).toBe('GREGORIAN');
    expect(calendarAfterLocaleChange('fa', 'en', 'GREGORIAN')).toBe('GREGORIAN');
    expect(calendarAfterLocaleChange('en', 'fa', 'JALALI')).toBe('JALALI');
  });
});

describe('ISO dates for the API', () => {
  it('round-trips a picked day', () => {
    const day = fromIsoDate('1991-03-21');
    expect(day).not.toBeNull();
    expect(toIsoDate(day as Date)).toBe('1991-03-21');
    expect(fromIsoDate('21/03/1991')).toBeNull();
  });
});
