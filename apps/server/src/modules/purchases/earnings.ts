import type { EarningRules } from '../loyalty-programme/earning-rules.js';

/** What the rules need to know about a purchase. Money in minor units (hundredths). */
export interface PurchaseFacts {
  paidMinor: number;
  items: { sku: string; quantity: number }[];
  /** 0 = Sunday, in the workspace's time zone. */
  weekday: number;
  firstPurchase: boolean;
  birthday: boolean;
}

export interface CurrencyScale {
  decimals: number;
  /** Money per unit (credit: 1). */
  unitValue: number;
}

export type EarningSource = 'CASHBACK' | 'POINTS' | 'FIRST_PURCHASE' | 'BIRTHDAY';

/** One amount to add, in units of its currency, rounded down to what the currency can hold. */
export interface Earning {
  source: EarningSource;
  currency: string;
  amount: number;
}

/** Rounds down to `decimals`, forgiving the binary noise of products like 0.1 × 3. */
export function floorTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.floor(value * scale + 1e-6) / scale;
}

/** Money (minor units) worth of a currency, in its units, rounded down. */
export function moneyToUnits(minor: number, scale: CurrencyScale): number {
  if (scale.unitValue <= 0) return 0;
  return floorTo(minor / 100 / scale.unitValue, scale.decimals);
}

/**
 * The earnings of one purchase: cashback on the paid amount, points per amount and per product
 * (multiplied on the configured weekdays), and the once-only bonuses the caller says apply. Amounts
 * that round to zero are left out; earnings of one source and currency are summed.
 */
export function earnings(
  rules: EarningRules,
  facts: PurchaseFacts,
  currencies: ReadonlyMap<string, CurrencyScale>,
): Earning[] {
  const out = new Map<string, Earning>();
  const add = (source: EarningSource, currency: string, amount: number) => {
    const scale = currencies.get(currency);
    if (!scale) return;
    const rounded = floorTo(amount, scale.decimals);
    if (rounded <= 0) return;
    const key = `${source}:${currency}`;
    const before = out.get(key);
    out.set(key, {
      source,
      currency,
      amount: floorTo((before?.amount ?? 0) + rounded, scale.decimals),
    });
  };

  const cashback = currencies.get(rules.cashbackCurrency);
  if (rules.cashbackPercent > 0 && cashback)
    add(
      'CASHBACK',
      rules.cashbackCurrency,
      moneyToUnits((facts.paidMinor * rules.cashbackPercent) / 100, cashback),
    );

  const multiplier = rules.weekdayMultipliers.find((w) => w.weekday === facts.weekday)?.multiplier ?? 1;
  for (const rule of rules.pointsPerAmount) {
    const steps = Math.floor(facts.paidMinor / Math.round(rule.per * 100) + 1e-9);
    add('POINTS', rule.currency, steps * rule.points * multiplier);
  }
  for (const rule of rules.productPoints) {
    const quantity = facts.items.filter((i) => i.sku === rule.sku).reduce((sum, i) => sum + i.quantity, 0);
    add('POINTS', rule.currency, quantity * rule.points * multiplier);
  }
  if (facts.firstPurchase)
    for (const b of rules.firstPurchaseBonus) add('FIRST_PURCHASE', b.currency, b.amount);
  if (facts.birthday) for (const b of rules.birthdayBonus) add('BIRTHDAY', b.currency, b.amount);
  return [...out.values()];
}

/** The referrer's share of a purchase, in the referrer's cashback currency. */
export function referralShare(
  rules: EarningRules,
  paidMinor: number,
  currencies: ReadonlyMap<string, CurrencyScale>,
): Earning | null {
  const scale = currencies.get(rules.cashbackCurrency);
  if (!scale || rules.referralPercent <= 0) return null;
  const amount = moneyToUnits((paidMinor * rules.referralPercent) / 100, scale);
  return amount > 0 ? { source: 'CASHBACK', currency: rules.cashbackCurrency, amount } : null;
}

/**
 * How much of an amount a return takes back when `returnedBefore` and now `returnedAfter` of `total`
 * are returned: the difference of two rounded-down shares, so partial returns add up exactly to the
 * whole amount when everything comes back.
 */
export function returnShare(
  amountMinor: number,
  total: number,
  returnedBefore: number,
  returnedAfter: number,
): number {
  const share = (returned: number) =>
    returned >= total ? amountMinor : Math.floor((amountMinor * returned) / total + 1e-9);
  return share(returnedAfter) - share(returnedBefore);
}
