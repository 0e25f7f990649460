import { describe } from './describe.js';
import { fail, ok, type ValueResult } from './types.js';

const MAX_LENGTH = 254;
const MAX_LOCAL = 64;
// RFC 5322 "dot-atom" local part, widened to Unicode letters and digits (RFC 6531).
const LOCAL = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
// A host-name label; Unicode letters allowed, so IDN domains are fine in either form.
const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;

/** Trimmed, lower-cased (and NFC-normalised) email address, or null when it is not syntactically valid. */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase().normalize('NFC');
  if (email.length > MAX_LENGTH) return null;
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at < 1 || local.length > MAX_LOCAL || !LOCAL.test(local)) return null;
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (
    labels.length < 2 ||
    !labels.every((l) => LABEL.test(l)) ||
    !/^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u.test(tld)
  ) {
    return null;
  }
  return email;
}

export function normalizeEmailValue(raw: unknown): ValueResult {
  if (typeof raw !== 'string') return fail('VALUE_NOT_EMAIL', { got: describe(raw) });
  const email = normalizeEmail(raw);
  return email ? ok(email) : fail('VALUE_NOT_EMAIL', { got: describe(raw) });
}
