import { describe, expect, it } from 'vitest';
import { latinDigits, localDigits, parseTypedNumber, persianDigits } from './digits';

describe('digits', () => {
  it('turns Persian and Arabic-Indic digits into Latin ones and back into Persian ones', () => {
    expect(latinDigits('۱۲۵ and ١٢٥')).toBe('125 and 125');
    expect(persianDigits('1403/01/05 ٧')).toBe('۱۴۰۳/۰۱/۰۵ ۷');
    expect(localDigits('42.5', 'fa')).toBe('۴۲٫۵');
    expect(localDigits('42.5', 'en')).toBe('42.5');
  });

  it('writes a decimal comma in Russian, and reads it back as well as a typed point', () => {
    expect(localDigits('0.01', 'ru')).toBe('0,01');
    expect(localDigits('1250', 'ru')).toBe('1250');
    expect(parseTypedNumber(localDigits('0.01', 'ru'), 'ru')).toBe(0.01);
    expect(parseTypedNumber('0.01', 'ru')).toBe(0.01);
  });

  it('reads a typed number in any digits, and gives back what is no number as it was typed', () => {
    expect(parseTypedNumber('۱۲۵', 'fa')).toBe(125);
    expect(parseTypedNumber('٤٢٫٥', 'fa')).toBe(42.5);
    expect(parseTypedNumber('۱٬۲۵۰', 'fa')).toBe(1250);
    expect(parseTypedNumber('−۳', 'fa')).toBe(-3);
    expect(parseTypedNumber('1,250.5', 'en')).toBe(1250.5);
    expect(parseTypedNumber('12,5', 'ru')).toBe(12.5);
    expect(parseTypedNumber('  ', 'fa')).toBeNull();
    expect(parseTypedNumber('۱۲a', 'fa')).toBe('۱۲a');
    expect(parseTypedNumber('1.2.3', 'en')).toBe('1.2.3');
  });
});
