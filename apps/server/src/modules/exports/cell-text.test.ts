import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, harmless, numberText } from './cell-text.js';
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

  it('writes a number exactly as String() does', () => {
    for (const n of [
      0,
      -0,
      1,
      -42,
      12.5,
      2 ** 53 - 1,
      2 ** 53,
      1.2345678901234567e20,
      1e21,
      1e-7,
      Number.NaN,
    ])
      expect(numberText(n)).toBe(String(n));
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double()), (n) => {
        expect(numberText(n)).toBe(String(n));
      }),
    );
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
