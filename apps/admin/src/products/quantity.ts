import { parseAmount, type TypedAmount, tooManyDecimals } from '../common/amounts';
import { latinDigits } from '../i18n/digits';

/** A typed quantity or price that may be zero (a free item, an empty shelf): 0, else `parseAmount`'s. */
export function typedNumber(text: string, locale: string): TypedAmount | null {
  if (/^[0.,\u066b\s]+$/.test(latinDigits(text.trim())) && /0/.test(latinDigits(text)))
    return { value: 0, decimals: 0 };
  return parseAmount(text, locale);
}

/** The i18n problem of a typed number with at most `decimals` places (zero allowed), or undefined. */
export function numberProblem(text: unknown, decimals: number, locale: string) {
  if (text == null || text === '') return undefined;
  if (typeof text === 'number') return undefined;
  const typed = typedNumber(String(text), locale);
  if (!typed) return { message: 'patron.loyalty.errors.notAPositiveAmount', args: {} };
  return tooManyDecimals(typed.decimals, decimals, locale) ?? undefined;
}

/** The value of a form field holding a typed number (or a number from the record); NaN if unreadable. */
export function numberValue(value: unknown, locale: string): number | null {
  if (value == null || value === '') return null;
  if (typeof value === 'number') return value;
  return typedNumber(String(value), locale)?.value ?? Number.NaN;
}
