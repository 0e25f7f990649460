import { describe, hasUnstorableCharacters } from './describe.js';
import { fail, ok, type ValueResult } from './types.js';

export const TEXT_MAX = 1000;
export const LONG_TEXT_MAX = 20000;

/** Trimmed text of at most `max` characters (counted in Unicode code points). */
export function normalizeText(raw: unknown, max: number): ValueResult {
  if (typeof raw !== 'string') return fail('VALUE_NOT_TEXT', { got: describe(raw) });
  const text = raw.trim();
  if (hasUnstorableCharacters(text)) return fail('VALUE_UNSTORABLE');
  // Code points are never more than UTF-16 units: most text needs no counting (and no array of its characters).
  if (text.length <= max) return ok(text);
  const length = [...text].length;
  if (length > max) return fail('VALUE_TOO_LONG', { max, length });
  return ok(text);
}
