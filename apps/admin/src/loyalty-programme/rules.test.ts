import { describe, expect, it } from 'vitest';
import { rulesToValues, timeZones, valuesToRules, weekdayName, weekdayOrder } from './rules';

describe('earning rules in the editor', () => {
  it('fills what the server left out', () => {
    const values = rulesToValues({
      cashbackPercent: 2,
      pointsPerAmount: [{ currency: 'coins', points: 1, per: 10 }],
    });
    expect(values.cashbackPercent).toBe(2);
    expect(values.cashbackCurrency).toBe('credit');
    expect(values.pointsPerAmount).toEqual([{ currency: 'coins', points: 1, per: 10 }]);
    expect(values.birthdayBonus).toEqual([]);
    expect(values.maxSpendPerDay).toBeNull();
    expect(rulesToValues(null).referralPercent).toBe(0);
  });

  it('sends rows in place, empty inputs as null, empty caps as no cap', () => {
    const rules = valuesToRules({
      cashbackPercent: '',
      cashbackCurrency: 'credit',
      pointsPerAmount: [{ currency: 'coins', points: 1, per: '' }, {}],
      productPoints: [{ sku: ' A-1 ', currency: 'xp', points: 5 }],
      weekdayMultipliers: [{ weekday: 5, multiplier: 2 }],
      firstPurchaseBonus: [{ currency: 'coins', amount: 50 }],
      maxSpendPercentPerInvoice: 30,
      maxSpendPerDay: '',
    });
    expect(rules.cashbackPercent).toBe(0);
    expect(rules.pointsPerAmount).toEqual([
      { currency: 'coins', points: 1, per: null },
      { currency: '', points: null, per: null },
    ]);
    expect(rules.productPoints).toEqual([{ sku: 'A-1', currency: 'xp', points: 5 }]);
    expect(rules.birthdayBonus).toEqual([]);
    expect(rules.maxSpendPercentPerInvoice).toBe(30);
    expect(rules.maxSpendPerDay).toBeNull();
  });

  it('round-trips', () => {
    const stored = {
      cashbackPercent: 3,
      cashbackCurrency: 'credit',
      pointsPerAmount: [{ currency: 'coins', points: 2, per: 100 }],
      productPoints: [],
      weekdayMultipliers: [{ weekday: 6, multiplier: 1.5 }],
      firstPurchaseBonus: [],
      birthdayBonus: [{ currency: 'coins', amount: 10 }],
      referralPercent: 1,
      referralJoinReward: [],
      maxSpendPercentPerInvoice: null,
      maxSpendPerDay: 500,
    };
    expect(valuesToRules(rulesToValues(stored))).toEqual(stored);
  });

  it('starts the week on Saturday in Persian, Monday otherwise, with localized names', () => {
    expect(weekdayOrder('fa')).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(weekdayOrder('en')[0]).toBe(1);
    expect(weekdayName(0, 'en')).toBe('Sunday');
    expect(weekdayName(6, 'ru')).toBe('Суббота');
    expect(weekdayName(6, 'fa')).toBe('شنبه');
  });

  it('keeps an unknown current time zone', () => {
    expect(timeZones('Mars/Olympus')[0]).toBe('Mars/Olympus');
    expect(timeZones('UTC')).toContain('UTC');
  });
});
