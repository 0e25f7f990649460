import { describe } from './describe.js';
import { fail, ok, type ValueResult } from './types.js';

/** true or false; the text 'true'/'false' (any case) is accepted too. */
export function normalizeBoolean(raw: unknown): ValueResult {
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'string') {
    const s = raw.trim().toLowerCase();
    if (s === 'true' || s === 'false') return ok(s === 'true');
  }
  return fail('VALUE_NOT_BOOLEAN', { got: describe(raw) });
}
