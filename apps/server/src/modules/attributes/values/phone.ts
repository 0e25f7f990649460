import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe } from './describe.js';
import { toLatinDigits } from './digits.js';
import { fail, ok, type ValueResult } from './types.js';

export type { CountryCode };

export const DEFAULT_PHONE_COUNTRY: CountryCode = 'IR';

// Spaces (incl. no-break and thin), dashes, dots, slashes, brackets and bidi marks from copy-paste.
const SEPARATORS = /[\s\u00a0\u2009\u202f\u200c\u200e\u200f\u202a-\u202e.\-\u2010-\u2015/()[\]]/g;

function valid(text: string, country?: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(text, country);
  return parsed?.isValid() ? parsed.number : null;
}

/** The number with its digits made Latin, separators dropped and '00' read as '+'. */
function cleaned(raw: string): string {
  const s = toLatinDigits(raw).replace(SEPARATORS, '');
  return s.startsWith('00') ? `+${s.slice(2)}` : s;
}

/**
 * The E.164 form the number has if it is a valid international number, without checking that it
 * is: '+98 912 123 4567' → '+989121234567'; null for national forms. For matching against stored
 * numbers (which are valid and in E.164): an exact match needs no check, since normalizePhone leaves
 * a valid E.164 number as it is; only a number that matches nothing needs normalizePhone.
 */
export function e164Candidate(raw: string): string | null {
  const s = cleaned(raw);
  return /^\+[1-9]\d{6,14}$/.test(s) ? s : null;
}

/**
 * A phone number in E.164 form ('+989121234567'), or null when it is not a valid number.
 *
 * Accepts Persian/Arabic-Indic digits and spaces, dashes, dots and brackets. '+' or '00' starts an
 * international number. Any other (national) form is tried, first valid reading wins, as:
 *   1. a number of `defaultCountry` (IR when not given): '09121234567', '9121234567' → +98…;
 *   2. Russian, when it is 11 digits starting with 8 (Russia's trunk prefix): '8 (912) 345-67-89' → +7…;
 *   3. an international number missing its '+': '79123456789' → +7…, '989121234567' → +98…;
 *   4. Iranian, then Russian.
 * So a bare 10-digit '9xxxxxxxxx' valid in both countries is read in the default country (Iran).
 */
export function normalizePhone(
  raw: string,
  defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY,
): string | null {
  const s = cleaned(raw);
  if (!/^\+?\d{4,17}$/.test(s)) return null;
  if (s.startsWith('+')) return valid(s);

  const readings: [string, CountryCode | undefined][] = [[s, defaultCountry]];
  if (/^8\d{10}$/.test(s)) readings.push([s, 'RU']);
  readings.push([`+${s}`, undefined], [s, 'IR'], [s, 'RU']);
  for (const [text, country] of readings) {
    const number = valid(text, country);
    if (number) return number;
  }
  return null;
}

export function normalizePhoneValue(raw: unknown, defaultCountry?: CountryCode): ValueResult {
  if (typeof raw !== 'string') return fail('VALUE_NOT_PHONE', { got: describe(raw) });
  const number = normalizePhone(raw, defaultCountry);
  return number ? ok(number) : fail('VALUE_NOT_PHONE', { got: describe(raw) });
}
