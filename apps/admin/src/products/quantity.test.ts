import { describe, expect, it } from 'vitest';
import { numberProblem, numberValue, typedNumber } from './quantity';

describe('typed quantities and prices', () => {
  it('read zero, decimals in each language, and numbers from the record', () => {
    expect(typedNumber('0', 'en')).toEqual({ value: 0, decimals: 0 });
    expect(typedNumber('۰', 'fa')).toEqual({ value: 0, decimals: 0 });
    expect(typedNumber('0,000', 'ru')).toEqual({ value: 0, decimals: 0 });
    expect(numberValue('1,25', 'ru')).toBe(1.25);
    expect(numberValue('۱٫۵', 'fa')).toBe(1.5);
    expect(numberValue(3, 'en')).toBe(3);
    expect(numberValue('', 'en')).toBeNull();
    expect(numberValue('abc', 'en')).toBeNaN();
  });

  it('say what is wrong: not a number, too many decimals', () => {
    expect(numberProblem('1.2345', 3, 'en')?.message).toBe('patron.problems.AMOUNT_DECIMALS');
    expect(numberProblem('x', 3, 'en')?.message).toBe('patron.loyalty.errors.notAPositiveAmount');
    expect(numberProblem('1.234', 3, 'en')).toBeUndefined();
    expect(numberProblem('0', 3, 'en')).toBeUndefined();
  });
});
