import { describe, expect, it } from 'vitest';
import { valueAxis } from './valueAxis';

const labels = (values: number[], locale: string, integers = false) => {
  const axis = valueAxis(values, locale, integers);
  return axis.ticks.map(axis.tickFormatter);
};

describe('a chart’s value axis', () => {
  it('steps roundly and writes every tick in full while any is under a thousand', () => {
    // Not 0, 350, 700, "1,1 тыс." (really 1 050), "1,4 тыс.".
    expect(labels([0, 40, 1400], 'ru')).toEqual(['0', '500', '1\u00a0000', '1\u00a0500']);
    expect(labels([1400], 'en')).toEqual(['0', '500', '1,000', '1,500']);
    expect(labels([1400], 'fa')).toEqual(['۰', '۵۰۰', '۱٬۰۰۰', '۱٬۵۰۰']);
  });

  it('writes all ticks short when each is a whole thousand or more, without rounding them', () => {
    expect(labels([14_000], 'en')).toEqual(['0', '5k', '10k', '15k']);
    expect(labels([14_000], 'ru')).toEqual(['0', '5\u00a0тыс.', '10\u00a0тыс.', '15\u00a0тыс.']);
    expect(labels([2_300_000], 'en')).toEqual(['0', '1m', '2m', '3m']);
    expect(labels([1_800_000], 'en')).toEqual(['0', '500k', '1m', '1.5m', '2m']);
  });

  it('keeps decimals a small balance needs, whole steps for counts, and goes below zero', () => {
    expect(labels([12.5], 'en')).toEqual(['0', '5', '10', '15']);
    expect(labels([1.2], 'en')).toEqual(['0', '0.5', '1', '1.5']);
    expect(labels([2], 'en', true)).toEqual(['0', '1', '2']);
    expect(labels([0], 'en', true)).toEqual(['0', '1']);
    expect(labels([-30, 90], 'en')).toEqual(['-50', '0', '50', '100']);
  });
});
