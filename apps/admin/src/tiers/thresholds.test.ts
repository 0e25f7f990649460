import { describe, expect, it } from 'vitest';
import { progressBars, setThresholds } from './thresholds';

describe('tier thresholds', () => {
  it('lists only the thresholds a tier sets, in order', () => {
    expect(setThresholds({ minPurchaseTotal: null, minPurchaseCount: 5, minXp: 0 })).toEqual([
      { measure: 'minPurchaseCount', value: 5 },
      { measure: 'minXp', value: 0 },
    ]);
  });

  it('draws a bar per threshold of the next tier', () => {
    const bars = progressBars({
      purchaseTotal: 250,
      purchaseCount: 7,
      xp: 10,
      nextTier: { minPurchaseTotal: 1000, minPurchaseCount: 5, minXp: null },
      purchaseTotalNeeded: 750,
      purchaseCountNeeded: 0,
      xpNeeded: null,
    });
    expect(bars).toEqual([
      { measure: 'minPurchaseTotal', have: 250, target: 1000, needed: 750, percent: 25 },
      { measure: 'minPurchaseCount', have: 7, target: 5, needed: 0, percent: 100 },
    ]);
  });

  it('has no bars at the top tier, and a zero threshold is reached', () => {
    expect(progressBars({ purchaseTotal: 1, purchaseCount: 1, xp: 1, nextTier: null })).toEqual([]);
    expect(
      progressBars({ purchaseTotal: 0, purchaseCount: 0, xp: 0, nextTier: { minXp: 0 }, xpNeeded: 0 })[0]
        ?.percent,
    ).toBe(100);
  });

  it('works out what is missing when the server does not say', () => {
    expect(
      progressBars({ purchaseTotal: 0, purchaseCount: 0, xp: 30, nextTier: { minXp: 120 } })[0],
    ).toMatchObject({ needed: 90, percent: 25 });
  });
});
