import { describe, expect, it } from 'vitest';
import { amountProblem, formatAmount, formatMoney, formatSignedAmount, parseAmount } from './amounts';

describe('amounts as people read them', () => {
  it('shows the currency’s decimal places in the language’s digits', () => {
    expect(formatAmount(1234.5, 2, 'en')).toBe('1,234.50');
    expect(formatAmount(100, 0, 'en')).toBe('100');
    expect(formatAmount(1234.5, 2, 'ru')).toBe('1\u00a0234,50');
    expect(formatAmount(1234, 0, 'fa')).toBe('۱٬۲۳۴');
    expect(formatAmount(12.5, 2, 'fa')).toBe('۱۲٫۵۰');
  });

  it('signs a change of balance, and only a change', () => {
    expect(formatSignedAmount(100, 0, 'en')).toBe('+100');
    expect(formatSignedAmount(-40, 0, 'en')).toBe('-40');
    expect(formatSignedAmount(0, 0, 'en')).toBe('0');
    expect(formatSignedAmount(-1.5, 2, 'ru')).toMatch(/^-1,50$/);
    expect(formatSignedAmount(100, 0, 'fa')).toContain('۱۰۰');
    expect(formatSignedAmount(100, 0, 'fa')).toContain('+');
  });

  it('shows money with two decimals', () => {
    expect(formatMoney(1, 'en')).toBe('1.00');
    expect(formatMoney(0.5, 'fa')).toBe('۰٫۵۰');
  });
});

describe('amounts typed by people', () => {
  it.each([
    ['100', 'en', 100, 0],
    ['1,234.5', 'en', 1234.5, 1],
    [' 12.50 ', 'en', 12.5, 1],
    ['100.0', 'en', 100, 0],
    ['.5', 'en', 0.5, 1],
    ['1 234,5', 'ru', 1234.5, 1],
    ['1\u00a0234,5', 'ru', 1234.5, 1],
    ['12.5', 'ru', 12.5, 1],
    ['۱۰۰', 'fa', 100, 0],
    ['۱٬۲۳۴٫۵', 'fa', 1234.5, 1],
    ['١٢٫٧٥', 'fa', 12.75, 2],
    ['2.25', 'fa', 2.25, 2],
  ])('reads %j in %s', (text, locale, value, decimals) => {
    expect(parseAmount(text, locale)).toEqual({ value, decimals });
  });

  it.each([[''], ['abc'], ['0'], ['-5'], ['1.2.3'], ['1e3'], ['.'], ['12,5,'], ['12,5'], ['1,23']])(
    'refuses %j',
    (text) => {
      expect(parseAmount(text, 'en')).toBeNull();
    },
  );

  it('says what is wrong for the currency', () => {
    expect(amountProblem('100', 0, 'en')).toBeNull();
    expect(amountProblem('12.34', 2, 'en')).toBeNull();
    expect(amountProblem('0', 0, 'en')?.message).toBe('patron.loyalty.errors.notAPositiveAmount');
    expect(amountProblem('1.5', 0, 'en')?.message).toBe('patron.problems.AMOUNT_WHOLE_ONLY');
    expect(amountProblem('1.505', 2, 'fa')).toEqual({
      message: 'patron.problems.AMOUNT_DECIMALS',
      args: { max: '۲' },
    });
  });
});
