import { describe } from './describe.js';
import { fail, ok, type ValueResult } from './types.js';

const MAX_LENGTH = 2048;

/** An http(s) URL, stored in the canonical form `new URL(…).href` gives ('HTTP://A.com' → 'http://a.com/'). */
export function normalizeUrl(raw: unknown): ValueResult {
  const expected = () => fail('VALUE_NOT_URL', { got: describe(raw) });
  if (typeof raw !== 'string') return expected();
  const s = raw.trim();
  if (!URL.canParse(s)) return expected();
  const url = new URL(s);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return expected();
  if (url.href.length > MAX_LENGTH) return fail('VALUE_URL_TOO_LONG', { max: MAX_LENGTH });
  return ok(url.href);
}
