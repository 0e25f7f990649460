import { badInput, type FieldProblem, fieldProblem } from '../../graphql/errors.js';

/** The largest amount one operation may move, in units: with 4 decimals it stays inside 2^53 minor units. */
export const MAX_UNITS = 100_000_000_000;

/** Decimal places the number was written with: JavaScript prints the shortest exact form (19.99, 1e-7). */
function decimalPlaces(amount: number): number {
  const match = /^\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(amount)));
  if (!match) return Number.POSITIVE_INFINITY;
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}

/**
 * An amount in units (as the API takes it) in minor units (as the ledger stores it). Refuses zero,
 * non-finite values and more decimals than the currency has, naming the field.
 */
export function toMinor(amount: number, decimals: number, path: (string | number)[]): number {
  const problem = amountProblem(amount, decimals, path);
  if (problem) throw badInput([problem]);
  return Math.round(amount * 10 ** decimals);
}

/** What toMinor would refuse in an amount, or null. */
export function amountProblem(
  amount: number,
  decimals: number,
  path: (string | number)[],
): FieldProblem | null {
  if (!Number.isFinite(amount)) return fieldProblem(path, 'AMOUNT_NOT_A_NUMBER');
  if (amount === 0) return fieldProblem(path, 'AMOUNT_ZERO');
  if (Math.abs(amount) > MAX_UNITS) return fieldProblem(path, 'AMOUNT_TOO_LARGE', { max: MAX_UNITS });
  if (decimalPlaces(amount) > decimals) {
    return decimals === 0
      ? fieldProblem(path, 'AMOUNT_WHOLE_ONLY')
      : fieldProblem(path, 'AMOUNT_DECIMALS', { max: decimals });
  }
  return null;
}

export function fromMinor(minor: number | string | bigint, decimals: number): number {
  return Number(minor) / 10 ** decimals;
}
