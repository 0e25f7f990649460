import { CustomerNumbersMoved } from '../customers/customer-numbers.js';
import { MATCH_KEY } from './import-classify.js';
import type { MappedRow } from './import-rows.js';

/** The attributes a row can meet another customer by: every match key (mobile, email, card, external id). */
const IDENTITY_KEYS = [...new Set(Object.values(MATCH_KEY))];

/**
 * A chunk's identity values (normalised by the registry), as "key value" strings. Two chunks that
 * share none cannot match, update or attach to a customer the other writes, nor meet on a unique
 * index, so the later one may be written while the earlier one's transaction is still open.
 */
export function identityValues(rows: readonly MappedRow[]): Set<string> {
  const values = new Set<string>();
  for (const row of rows)
    for (const key of IDENTITY_KEYS) {
      const value = row.values[key];
      if (typeof value === 'string' && value !== '') values.add(`${key} ${value}`);
    }
  return values;
}

export function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const value of small) if (large.has(value)) return true;
  return false;
}

/**
 * PostgreSQL errors a chunk written beside the one before it may meet from that chunk alone (a
 * deadlock on a customer both lock, a unique value both write): written again once that one has
 * ended, it meets them no more.
 */
const BESIDE_ANOTHER = new Set(['40P01', '40001', '23505']);

/** …or the customer numbers it followed were not the earlier chunk's in the end (customers/customer-numbers.ts). */
export const metAnotherChunk = (error: unknown): boolean =>
  error instanceof CustomerNumbersMoved ||
  BESIDE_ANOTHER.has((error as { code?: unknown } | null)?.code as string);
