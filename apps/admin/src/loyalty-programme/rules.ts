import { dateTimeFormat, numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

/** An amount of one currency, as the rules hold it. */
export interface CurrencyAmount {
  currency: string;
  amount: number | null;
}

/**
 * The earning and spending rules (the programme's, or a tier's) as the editor holds them; the shape
 * of the server's EarningRules (apps/server/src/modules/loyalty-programme/earning-rules.ts), with empty
 * inputs as null so the server names what is missing.
 */
export interface RulesValues {
  cashbackPercent: number | null;
  cashbackCurrency: string;
  pointsPerAmount: { currency: string; points: number | null; per: number | null }[];
  productPoints: { sku: string; currency: string; points: number | null }[];
  weekdayMultipliers: { weekday: number | null; multiplier: number | null }[];
  firstPurchaseBonus: CurrencyAmount[];
  birthdayBonus: CurrencyAmount[];
  referralPercent: number | null;
  referralJoinReward: CurrencyAmount[];
  maxSpendPercentPerInvoice: number | null;
  maxSpendPerDay: number | null;
}

export const AMOUNT_LISTS = ['firstPurchaseBonus', 'birthdayBonus', 'referralJoinReward'] as const;

/** Inputs of the rules editor under `rules`, by the server's path. */
export const isRulesInput = (name: string): boolean => name.startsWith('rules.');

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const rows = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.map(record) : []);
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);

/** Whatever the server stored (possibly partial or empty) as the editor's values; absent lists are empty. */
export function rulesToValues(raw: unknown, defaultCurrency = 'credit'): RulesValues {
  const r = record(raw);
  const amounts = (key: string): CurrencyAmount[] =>
    rows(r[key]).map((a) => ({ currency: str(a.currency), amount: num(a.amount) }));
  return {
    cashbackPercent: num(r.cashbackPercent) ?? 0,
    cashbackCurrency: str(r.cashbackCurrency, defaultCurrency),
    pointsPerAmount: rows(r.pointsPerAmount).map((p) => ({
      currency: str(p.currency),
      points: num(p.points),
      per: num(p.per),
    })),
    productPoints: rows(r.productPoints).map((p) => ({
      sku: str(p.sku),
      currency: str(p.currency),
      points: num(p.points),
    })),
    weekdayMultipliers: rows(r.weekdayMultipliers).map((w) => ({
      weekday: num(w.weekday),
      multiplier: num(w.multiplier),
    })),
    firstPurchaseBonus: amounts('firstPurchaseBonus'),
    birthdayBonus: amounts('birthdayBonus'),
    referralPercent: num(r.referralPercent) ?? 0,
    referralJoinReward: amounts('referralJoinReward'),
    maxSpendPercentPerInvoice: num(r.maxSpendPercentPerInvoice),
    maxSpendPerDay: num(r.maxSpendPerDay),
  };
}

/** A typed number, or null for an empty input ("" and undefined are what cleared inputs give). */
function typed(value: unknown): number | null {
  if (value === '' || value == null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * What is sent: the editor's values in the server's shape. Rows keep their places (the server names a
 * bad row by its index, which must be the row on screen); a row left wholly empty is still sent so
 * the server can say what it lacks. Empty caps mean "no cap" (null); empty percentages are 0.
 */
export function valuesToRules(values: unknown): Record<string, unknown> {
  const v = record(values);
  const amounts = (key: string) =>
    rows(v[key]).map((a) => ({ currency: str(a.currency), amount: typed(a.amount) }));
  return {
    cashbackPercent: typed(v.cashbackPercent) ?? 0,
    cashbackCurrency: str(v.cashbackCurrency),
    pointsPerAmount: rows(v.pointsPerAmount).map((p) => ({
      currency: str(p.currency),
      points: typed(p.points),
      per: typed(p.per),
    })),
    productPoints: rows(v.productPoints).map((p) => ({
      sku: str(p.sku).trim(),
      currency: str(p.currency),
      points: typed(p.points),
    })),
    weekdayMultipliers: rows(v.weekdayMultipliers).map((w) => ({
      weekday: typed(w.weekday),
      multiplier: typed(w.multiplier),
    })),
    firstPurchaseBonus: amounts('firstPurchaseBonus'),
    birthdayBonus: amounts('birthdayBonus'),
    referralPercent: typed(v.referralPercent) ?? 0,
    referralJoinReward: amounts('referralJoinReward'),
    maxSpendPercentPerInvoice: typed(v.maxSpendPercentPerInvoice),
    maxSpendPerDay: typed(v.maxSpendPerDay),
  };
}

/**
 * Weekdays (0 = Sunday, as the server counts them) in the order the language's week runs: Saturday
 * first in Persian, Monday first in English (en-GB) and Russian.
 */
export function weekdayOrder(locale: string): number[] {
  return locale === 'fa' ? [6, 0, 1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6, 0];
}

/** A weekday's name in the UI language (0 = Sunday). */
export function weekdayName(weekday: number, locale: string): string {
  // 7 January 2024 was a Sunday.
  const name = dateTimeFormat(localeTag(locale), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 7 + weekday)),
  );
  // Russian names them in lower case, as inside a sentence; a list item starts with a capital.
  return name.charAt(0).toLocaleUpperCase(localeTag(locale)) + name.slice(1);
}

/** IANA zones the browser knows, the current one first if missing (older engines list none). */
export function timeZones(current: string): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const known = intl.supportedValuesOf?.('timeZone') ?? [];
  const all = known.includes('UTC') ? known : ['UTC', ...known];
  return current && !all.includes(current) ? [current, ...all] : all;
}

/** A percentage (2.5 → "2.5%", "٪۲٫۵" in Persian). */
export function formatPercent(value: number, locale: string): string {
  return numberFormat(localeTag(locale), { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** A number as people read it in the language, with the decimals it has (0.01 stays 0.01). */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(localeTag(locale), { maximumFractionDigits: 4 }).format(value);
}
