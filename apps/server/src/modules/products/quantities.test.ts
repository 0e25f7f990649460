import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericText, quantityOf, thousandths, thousandthsOf } from './quantities.js';

describe('stock quantities in thousandths', () => {
  it('reads back every quantity of at most three decimals, through the API number and the database text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (t) => {
        expect(thousandths(quantityOf(t))).toBe(t);
        expect(thousandthsOf(numericText(t))).toBe(t);
        expect(Number(numericText(t))).toBe(quantityOf(t));
      }),
    );
  });

  it('refuses a fourth decimal and what is not a number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 9 }), (t, extra) => {
        expect(thousandths(Number(`${numericText(t)}${extra}`))).toBeNull();
      }),
    );
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 0.0001]) expect(thousandths(bad)).toBeNull();
  });
});
