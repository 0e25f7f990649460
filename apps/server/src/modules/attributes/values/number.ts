import { latinDecimal, parseDecimal } from '../../../common/decimal.js';
import { describe } from './describe.js';
import { fail, ok, type ValueResult } from './types.js';

/**
 * A finite number from a number or numeric text. Text may use Persian/Arabic digits, spaces or "٬" as
 * thousands separators, and "." or "٫" as the decimal point; a single "," with no "." is a decimal comma
 * ("3,5" is 3.5, so "1,000" is 1). Otherwise it is decimal notation only (see parseDecimal): no
 * exponents, hexadecimal or Infinity. Returns null when the input is not such a number.
 */
export function parseNumber(raw: unknown): number | null {
  let n: number | null;
  if (typeof raw === 'number') {
    n = Number.isFinite(raw) ? raw : null;
  } else if (typeof raw === 'string') {
    let s = latinDecimal(raw.trim()).replace(/[\s\u066c]/g, '');
    const commas = s.split(',').length - 1;
    if (commas === 1 && !s.includes('.')) s = s.replace(',', '.');
    n = parseDecimal(s);
  } else {
    return null;
  }
  if (n === null) return null;
  return n === 0 ? 0 : n; // no -0
}

export function normalizeNumber(raw: unknown): ValueResult {
  const n = parseNumber(raw);
  return n === null ? fail('VALUE_NOT_NUMBER', { got: describe(raw) }) : ok(n);
}

/** An amount of money: a finite number with at most 2 decimal places. */
export function normalizeMoney(raw: unknown): ValueResult {
  const n = parseNumber(raw);
  if (n === null) return fail('VALUE_NOT_MONEY', { got: describe(raw) });
  if (Number(n.toFixed(2)) !== n) {
    return fail('VALUE_MONEY_DECIMALS', { got: describe(raw) });
  }
  return ok(n);
}
