import { describe } from './describe.js';
import { fail, ok, type ValueResult } from './types.js';

const MAX_LENGTH = 2048;

/** An http(s) URL, stored in the canonical form `new URL(…).href` gives ('HTTP://A.com' → 'http://a.com/'). */
export function normalizeUrl(raw: unknown): ValueResult {
  const expected = `Expected a web address starting with http:// or https://, got ${describe(raw)}`;
  if (typeof raw !== 'string') return fail(expected);
  const s = raw.trim();
  if (!URL.canParse(s)) return fail(expected);
  const url = new URL(s);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return fail(expected);
  if (url.href.length > MAX_LENGTH) return fail(`Expected a web address of at most ${MAX_LENGTH} characters`);
  return ok(url.href);
}
