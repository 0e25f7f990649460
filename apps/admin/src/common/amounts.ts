import { latinDigits } from '../i18n/digits';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { problemKey } from '../problems/problemText';

/** An amount as people read it: the currency's decimal places, the language's digits (Persian in fa). */
export function formatAmount(amount: number, decimals: number, locale: string): string {
  return numberFormat(localeTag(locale), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(amount);
}

/** A change of balance: always with its sign (+100, −40). */
export function formatSignedAmount(amount: number, decimals: number, locale: string): string {
  return numberFormat(localeTag(locale), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: 'exceptZero',
  }).format(amount);
}

/** What a balance is worth in the workspace's money: two decimal places. */
export function formatMoney(value: number, locale: string): string {
  return numberFormat(localeTag(locale), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/**
 * What one unit of a currency is worth, in the workspace's money: two decimals at least (0.01, 1.00),
 * up to the four stored; null for a currency worth nothing (XP), which a bare "0" would misread.
 */
export function formatUnitValue(value: number, locale: string): string | null {
  if (!value) return null;
  return numberFormat(localeTag(locale), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  }).format(value);
}

export interface TypedAmount {
  value: number;
  /** Decimal places that matter: "12.50" has one, "100.0" none. */
  decimals: number;
}

/**
 * A positive amount typed by a person, or null if it is not one. Takes the language's digits and
 * separators: "1,234.5" in English, "1 234,5" in Russian, "۱٬۲۳۴٫۵" in Persian; "." always works as
 * the decimal point.
 */
export function parseAmount(text: string, locale: string): TypedAmount | null {
  let s = latinDigits(text.trim()).replace(/[\s\u00a0\u202f\u066c']/g, '');
  s = s.replace(/\u066b/g, '.');
  // A comma is the decimal point in Russian. In English and Persian it separates thousands, and only
  // where thousands are: "12,5" is refused there, never read as 125.
  if (locale === 'ru') s = s.replace(/,/g, '.');
  else if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return null;
    s = s.replace(/,/g, '');
  }
  const match = /^(\d*)(?:\.(\d+))?$/.exec(s);
  if (!match || (!match[1] && !match[2])) return null;
  const value = Number(s);
  if (!Number.isFinite(value) || value <= 0) return null;
  return { value, decimals: (match[2] ?? '').replace(/0+$/, '').length };
}

/**
 * What is wrong with a typed amount for a currency with these decimal places, as an i18n key; null if
 * nothing. Too many decimals reads as the server's own refusal would (AMOUNT_WHOLE_ONLY, AMOUNT_DECIMALS).
 */
export function amountProblem(
  text: string,
  decimals: number,
  locale: string,
): { message: string; args: { max?: string } } | null {
  const amount = parseAmount(text, locale);
  if (!amount) return { message: 'patron.loyalty.errors.notAPositiveAmount', args: {} };
  return tooManyDecimals(amount.decimals, decimals, locale);
}

/** More decimal places than `allowed`, as the server's own refusal reads (AMOUNT_WHOLE_ONLY, AMOUNT_DECIMALS); null if not. */
export function tooManyDecimals(
  places: number,
  allowed: number,
  locale: string,
): { message: string; args: { max?: string } } | null {
  if (places <= allowed) return null;
  return allowed === 0
    ? { message: problemKey('AMOUNT_WHOLE_ONLY'), args: {} }
    : { message: problemKey('AMOUNT_DECIMALS'), args: { max: formatAmount(allowed, 0, locale) } };
}
