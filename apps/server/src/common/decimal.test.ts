import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from './decimal.js';

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';
const inDigits = (text: string, digits: string) => text.replace(/\d/g, (d) => digits[Number(d)] ?? d);

describe('amounts in decimal notation', () => {
  it('reads back every decimal it is given, in Latin, Persian and Arabic-Indic digits', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('0123456789', PERSIAN, ARABIC),
        fc.constantFrom('.', '٫'),
        fc.boolean(),
        (units, places, digits, point, plus) => {
          const negative = units < 0n;
          const abs = (negative ? -units : units).toString().padStart(places + 1, '0');
          const whole = abs.slice(0, abs.length - places);
          const fraction = abs.slice(abs.length - places);
          const latin = `${negative ? '-' : plus ? '+' : ''}${whole}${places ? `.${fraction}` : ''}`;
          const written = inDigits(latin, digits).replace('.', point);
          expect(parseDecimal(written)).toBe(Number(latin) === 0 ? 0 : Number(latin));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses everything else Number() would take', () => {
    for (const text of [
      '0x10',
      '0X1F',
      '0b11',
      '0o17',
      '1e3',
      '1E-2',
      '2e',
      'Infinity',
      '-Infinity',
      'NaN',
      '',
      ' ',
      '\t\n',
      ' 12 ',
      '12 ',
      '1 000',
      '1.2.3',
      '1..2',
      '.',
      '-',
      '+',
      '+-1',
      '--1',
      '1,5',
      '١٫٢٫٣',
      '12abc',
      '1_000',
      '٫',
      '1' + '0'.repeat(400),
    ]) {
      expect(parseDecimal(text), JSON.stringify(text)).toBeNull();
    }
  });

  it('refuses random text unless it is digits with at most one point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        const value = parseDecimal(text);
        if (value !== null) expect(text).toMatch(/^[+-]?([\d۰-۹٠-٩]+([.٫][\d۰-۹٠-٩]*)?|[.٫][\d۰-۹٠-٩]+)$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a minus where only positive amounts are allowed', () => {
    expect(parseDecimal('-5', { negative: false })).toBeNull();
    expect(parseDecimal('+5', { negative: false })).toBe(5);
    expect(parseDecimal('-0')).toBe(0);
  });
});
