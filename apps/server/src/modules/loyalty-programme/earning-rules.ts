import { type FieldProblem, fieldProblem } from '../../graphql/errors.js';

/** An amount of one currency, in its units. */
export interface CurrencyAmount {
  currency: string;
  amount: number;
}

/**
 * What a customer earns at a purchase and how much of a purchase balances may pay. The
 * programme has one set (for customers without a tier); every tier may have its own.
 */
export interface EarningRules {
  /** Per cent of the paid amount given back in `cashbackCurrency`. */
  cashbackPercent: number;
  cashbackCurrency: string;
  /** `points` of `currency` for every full `per` of the paid amount. */
  pointsPerAmount: { currency: string; points: number; per: number }[];
  /** Points for each unit of a product, by SKU. */
  productPoints: { sku: string; currency: string; points: number }[];
  /** Multiplies points (not cashback) on a weekday, 0 = Sunday, in the workspace's time zone. */
  weekdayMultipliers: { weekday: number; multiplier: number }[];
  /** Once per customer, at the first purchase. */
  firstPurchaseBonus: CurrencyAmount[];
  /** Once a year, at a purchase on the customer's birthday. */
  birthdayBonus: CurrencyAmount[];
  /** The referrer's share of the referred customer's paid amount, in `cashbackCurrency`. */
  referralPercent: number;
  /** What the referrer earns when a referred customer joins. */
  referralJoinReward: CurrencyAmount[];
  /** Caps on paying with balances: per cent of the invoice, and money value per day. */
  maxSpendPercentPerInvoice: number | null;
  maxSpendPerDay: number | null;
}

export const NO_EARNING: EarningRules = {
  cashbackPercent: 0,
  cashbackCurrency: 'credit',
  pointsPerAmount: [],
  productPoints: [],
  weekdayMultipliers: [],
  firstPurchaseBonus: [],
  birthdayBonus: [],
  referralPercent: 0,
  referralJoinReward: [],
  maxSpendPercentPerInvoice: null,
  maxSpendPerDay: null,
};

type Path = (string | number)[];

/**
 * Checks stored or submitted rules against the shape above and the workspace's currencies; every
 * problem names its field. Missing fields take NO_EARNING's values.
 */
export function checkEarningRules(
  input: unknown,
  currencyKeys: readonly string[],
  at: Path,
): { rules: EarningRules; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const currency = (value: unknown, path: Path): string => {
    if (typeof value !== 'string' || !currencyKeys.includes(value))
      problems.push(
        fieldProblem(path, 'CURRENCY_UNKNOWN', { currency: String(value), known: currencyKeys.join(', ') }),
      );
    return String(value);
  };
  const number = (value: unknown, path: Path, min: number, max: number): number => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      problems.push(fieldProblem(path, 'NUMBER_RANGE', { min, max }));
      return min;
    }
    return value;
  };
  const whole = (path: Path): number => {
    problems.push(fieldProblem(path, 'WEEKDAY_RANGE'));
    return 0;
  };
  const list = <T>(key: string, each: (item: Record<string, unknown>, path: Path) => T): T[] => {
    const value = raw[key];
    if (value == null) return [];
    if (!Array.isArray(value)) {
      problems.push(fieldProblem([...at, key], 'LIST_EXPECTED'));
      return [];
    }
    return value.map((item, i) => each((item ?? {}) as Record<string, unknown>, [...at, key, i]));
  };
  const amounts = (key: string) =>
    list(key, (item, path) => ({
      currency: currency(item.currency, [...path, 'currency']),
      amount: number(item.amount, [...path, 'amount'], 0, 1e12),
    }));
  const optional = (key: string, max: number): number | null =>
    raw[key] == null ? null : number(raw[key], [...at, key], 0, max);

  const rules: EarningRules = {
    cashbackPercent:
      raw.cashbackPercent == null ? 0 : number(raw.cashbackPercent, [...at, 'cashbackPercent'], 0, 100),
    cashbackCurrency:
      raw.cashbackCurrency == null
        ? NO_EARNING.cashbackCurrency
        : currency(raw.cashbackCurrency, [...at, 'cashbackCurrency']),
    pointsPerAmount: list('pointsPerAmount', (item, path) => ({
      currency: currency(item.currency, [...path, 'currency']),
      points: number(item.points, [...path, 'points'], 0, 1e9),
      per: number(item.per, [...path, 'per'], 0.01, 1e12),
    })),
    productPoints: list('productPoints', (item, path) => {
      if (typeof item.sku !== 'string' || !item.sku.trim())
        problems.push(fieldProblem([...path, 'sku'], 'SKU_REQUIRED'));
      return {
        sku: String(item.sku ?? '').trim(),
        currency: currency(item.currency, [...path, 'currency']),
        points: number(item.points, [...path, 'points'], 0, 1e9),
      };
    }),
    weekdayMultipliers: list('weekdayMultipliers', (item, path) => ({
      weekday: Number.isInteger(item.weekday)
        ? number(item.weekday, [...path, 'weekday'], 0, 6)
        : whole([...path, 'weekday']),
      multiplier: number(item.multiplier, [...path, 'multiplier'], 0, 100),
    })),
    firstPurchaseBonus: amounts('firstPurchaseBonus'),
    birthdayBonus: amounts('birthdayBonus'),
    referralPercent:
      raw.referralPercent == null ? 0 : number(raw.referralPercent, [...at, 'referralPercent'], 0, 100),
    referralJoinReward: amounts('referralJoinReward'),
    maxSpendPercentPerInvoice: optional('maxSpendPercentPerInvoice', 100),
    maxSpendPerDay: optional('maxSpendPerDay', 1e12),
  };
  return { rules, problems };
}
