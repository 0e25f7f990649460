import { badField } from '../../graphql/errors.js';

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
  if (!Number.isFinite(amount)) throw badField(path, 'Enter a number');
  if (amount === 0) throw badField(path, 'The amount cannot be zero');
  if (Math.abs(amount) > MAX_UNITS) throw badField(path, `At most ${MAX_UNITS.toLocaleString('en')} at once`);
  if (decimalPlaces(amount) > decimals) {
    throw badField(
      path,
      decimals === 0 ? 'This currency takes whole amounts only' : `At most ${decimals} decimal places`,
    );
  }
  return Math.round(amount * 10 ** decimals);
}

export function fromMinor(minor: number | string | bigint, decimals: number): number {
  return Number(minor) / 10 ** decimals;
}
