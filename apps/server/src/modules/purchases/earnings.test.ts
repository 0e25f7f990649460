import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEarningRules, NO_EARNING } from '../loyalty-programme/earning-rules.js';
import { earnings, floorTo, returnShare } from './earnings.js';
import { localDay } from './local-day.js';

const CURRENCIES = new Map([
  ['xp', { decimals: 0, unitValue: 0 }],
  ['coins', { decimals: 0, unitValue: 0.1 }],
  ['credit', { decimals: 2, unitValue: 1 }],
]);

const rules = fc.record({
  cashbackPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  cashbackCurrency: fc.constantFrom('credit', 'coins'),
  pointsPerAmount: fc.array(
    fc.record({
      currency: fc.constantFrom('xp', 'coins', 'credit'),
      points: fc.integer({ min: 0, max: 50 }),
      per: fc.integer({ min: 1, max: 10_000 }).map((c) => c / 100),
    }),
    { maxLength: 3 },
  ),
  productPoints: fc.array(
    fc.record({
      sku: fc.constantFrom('A', 'B'),
      currency: fc.constantFrom('xp', 'coins'),
      points: fc.integer({ min: 0, max: 9 }),
    }),
    { maxLength: 2 },
  ),
  weekdayMultipliers: fc.array(
    fc.record({ weekday: fc.integer({ min: 0, max: 6 }), multiplier: fc.integer({ min: 0, max: 5 }) }),
    { maxLength: 3 },
  ),
});

const facts = fc.record({
  paidMinor: fc.integer({ min: 0, max: 10_000_000 }),
  items: fc.array(
    fc.record({ sku: fc.constantFrom('A', 'B', 'C'), quantity: fc.integer({ min: 1, max: 5 }) }),
    {
      maxLength: 4,
    },
  ),
  weekday: fc.integer({ min: 0, max: 6 }),
  firstPurchase: fc.boolean(),
  birthday: fc.boolean(),
});

describe('earnings', () => {
  it('are never negative, fit their currency’s decimals, and never pay more cashback than the rule says', () => {
    fc.assert(
      fc.property(rules, facts, (r, f) => {
        const all = earnings({ ...NO_EARNING, ...r }, f, CURRENCIES);
        for (const e of all) {
          const { decimals } = CURRENCIES.get(e.currency) ?? { decimals: 0 };
          expect(e.amount).toBeGreaterThan(0);
          expect(floorTo(e.amount, decimals)).toBe(e.amount);
        }
        const cashback = all.find((e) => e.source === 'CASHBACK');
        if (cashback) {
          const unit = CURRENCIES.get(r.cashbackCurrency)?.unitValue ?? 1;
          expect(cashback.amount * unit).toBeLessThanOrEqual(
            (f.paidMinor / 100) * (r.cashbackPercent / 100) + 1e-9,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never earn less when more is paid', () => {
    fc.assert(
      fc.property(rules, facts, fc.integer({ min: 0, max: 1_000_000 }), (r, f, more) => {
        const sum = (paidMinor: number) =>
          earnings({ ...NO_EARNING, ...r }, { ...f, paidMinor }, CURRENCIES).reduce(
            (acc, e) => acc.set(`${e.source}:${e.currency}`, e.amount),
            new Map<string, number>(),
          );
        const less = sum(f.paidMinor);
        const moreEarned = sum(f.paidMinor + more);
        for (const [key, amount] of less) expect(moreEarned.get(key) ?? 0).toBeGreaterThanOrEqual(amount);
      }),
      { numRuns: 300 },
    );
  });

  it('work a hand-checked example', () => {
    const found = earnings(
      {
        ...NO_EARNING,
        cashbackPercent: 2.5,
        pointsPerAmount: [{ currency: 'coins', points: 3, per: 10 }],
        productPoints: [{ sku: 'A', currency: 'xp', points: 4 }],
        weekdayMultipliers: [{ weekday: 5, multiplier: 2 }],
        firstPurchaseBonus: [{ currency: 'coins', amount: 25 }],
      },
      {
        paidMinor: 12_345,
        items: [{ sku: 'A', quantity: 2 }],
        weekday: 5,
        firstPurchase: true,
        birthday: true,
      },
      CURRENCIES,
    );
    // 123.45 paid: cashback 3.08 credit; 12 steps of 10 × 3 × 2 = 72 coins; 2 × 4 × 2 = 16 xp; bonus 25.
    expect(found).toEqual([
      { source: 'CASHBACK', currency: 'credit', amount: 3.08 },
      { source: 'POINTS', currency: 'coins', amount: 72 },
      { source: 'POINTS', currency: 'xp', amount: 16 },
      { source: 'FIRST_PURCHASE', currency: 'coins', amount: 25 },
    ]);
  });
});

describe('returns in parts', () => {
  it('take back exactly the whole amount once everything is returned, in any split', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }),
        (amountMinor, total, weights) => {
          // Split `total` into parts proportional to the weights.
          const sumW = weights.reduce((a, b) => a + b, 0);
          const cuts = weights.map((_, i) =>
            Math.floor((total * weights.slice(0, i + 1).reduce((a, b) => a + b, 0)) / sumW),
          );
          cuts[cuts.length - 1] = total;
          let before = 0;
          let taken = 0;
          for (const after of cuts) {
            const share = returnShare(amountMinor, total, before, after);
            expect(share).toBeGreaterThanOrEqual(0);
            taken += share;
            before = after;
          }
          expect(taken).toBe(amountMinor);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('rules', () => {
  it('accept every well-formed rule set without a problem', () => {
    fc.assert(
      fc.property(rules, (r) => {
        const { problems, rules: checked } = checkEarningRules(r, ['xp', 'coins', 'credit'], ['rules']);
        expect(problems).toEqual([]);
        expect(checked.pointsPerAmount).toEqual(r.pointsPerAmount);
      }),
    );
  });
});

describe('local days', () => {
  it('follow the time zone across midnight', () => {
    const at = new Date('2026-11-20T21:00:00.000Z');
    expect(localDay(at, 'UTC')).toEqual({ weekday: 5, date: '2026-11-20', monthDay: '11-20' });
    expect(localDay(at, 'Asia/Tehran')).toEqual({ weekday: 6, date: '2026-11-21', monthDay: '11-21' });
  });
});
