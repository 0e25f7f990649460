import { describe, expect, it } from 'vitest';
import { CalendarSystem } from '../gql/graphql';
import { figuresAsOf } from './figuresAsOf';

const { GREGORIAN, JALALI } = CalendarSystem;
const now = new Date(2026, 11, 5, 14, 30);
const at = (day: number, hour: number, minute: number, second = 0) =>
  new Date(2026, 11, day, hour, minute, second).toISOString();

describe('how old the figures are', () => {
  it('says nothing about live figures or figures at most a minute behind', () => {
    expect(figuresAsOf(null, now, 'en', GREGORIAN)).toBeNull();
    expect(figuresAsOf(undefined, now, 'en', GREGORIAN)).toBeNull();
    expect(figuresAsOf(at(5, 14, 30), now, 'en', GREGORIAN)).toBeNull();
    expect(figuresAsOf(at(5, 14, 29), now, 'en', GREGORIAN)).toBeNull();
    expect(figuresAsOf(at(5, 14, 28, 59), now, 'en', GREGORIAN)).toBe('14:28');
  });

  it('gives the time alone today, in the language’s digits', () => {
    expect(figuresAsOf(at(5, 14, 3), now, 'en', GREGORIAN)).toBe('14:03');
    expect(figuresAsOf(at(5, 14, 3), now, 'ru', GREGORIAN)).toBe('14:03');
    expect(figuresAsOf(at(5, 14, 3), now, 'fa', JALALI)).toBe('۱۴:۰۳');
  });

  it('gives the day too when the figures are from an earlier day, in the calendar chosen', () => {
    expect(figuresAsOf(at(4, 9, 5), now, 'en', GREGORIAN)).toBe('4 December 2026 at 09:05');
    const persian = figuresAsOf(at(4, 9, 5), now, 'fa', JALALI) as string;
    expect(persian).toContain('آذر');
    expect(persian).toContain('۱۴۰۵');
    expect(persian).toContain('۰۹:۰۵');
    const jalaliInEnglish = figuresAsOf(at(4, 9, 5), now, 'en', JALALI) as string;
    expect(jalaliInEnglish).toContain('1405');
  });
});
