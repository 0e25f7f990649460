import { describe, expect, it } from 'vitest';
import { csvField, harmless } from './cell-text.js';
import { DateWriter } from './dates.js';

describe('cells a spreadsheet will not run', () => {
  it('prefixes text that starts like a formula, and only that', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(harmless(`${start}cmd|' /C calc'!A0`)).toBe(`'${start}cmd|' /C calc'!A0`);
    expect(harmless('Ali = Ali')).toBe('Ali = Ali');
    expect(harmless('')).toBe('');
  });

  it('quotes a CSV field only when it must', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvField('two\nlines', '\t')).toBe('"two\nlines"');
  });
});

describe('dates in the requester calendar', () => {
  it('converts to Jalali, keeps Gregorian and ISO as they are', () => {
    const jalali = new DateWriter('CALENDAR', 'JALALI');
    expect(jalali.date('2024-03-20')).toBe('1403/01/01');
    expect(jalali.date('2025-03-20')).toBe('1403/12/30');
    expect(jalali.dateTime('2024-08-02 14:05')).toBe('1403/05/12 14:05');
    expect(new DateWriter('ISO', 'JALALI').date('2024-03-20')).toBe('2024-03-20');
    expect(new DateWriter('CALENDAR', 'GREGORIAN').dateTime('2024-08-02 14:05')).toBe('2024-08-02 14:05');
  });
});
