import { isBlank } from '../../../common/text.js';
import { normalizeAddress } from './address.js';
import { normalizeBoolean } from './boolean.js';
import { normalizeMultipleChoice, normalizeSingleChoice } from './choice.js';
import { normalizeDate, normalizeDateTime } from './date.js';
import { normalizeEmailValue } from './email.js';
import { applyFormat, type FormatRegistry } from './format.js';
import { normalizeMoney, normalizeNumber } from './number.js';
import { type CountryCode, normalizePhoneValue } from './phone.js';
import { LONG_TEXT_MAX, normalizeText, TEXT_MAX } from './text.js';
import { fail, ok, type ValueResult, type ValueRule } from './types.js';

export type { AttributeType, AttributeValue, ValueResult, ValueRule } from './types.js';

import { normalizeUrl } from './url.js';

export interface NormalizeOptions {
  /** Country for national phone numbers; IR when not given (see normalizePhone). */
  defaultCountry?: CountryCode;
  /** The formats of enabled modules; without them a rule's format is not applied (the type alone is). */
  formats?: FormatRegistry;
}

/** null, undefined, blank text and an empty list all mean "no value". */
export function isEmptyValue(raw: unknown): boolean {
  return (
    raw === null ||
    raw === undefined ||
    (typeof raw === 'string' && isBlank(raw)) ||
    (Array.isArray(raw) && raw.length === 0)
  );
}

/**
 * Checks a raw value against its attribute's type and returns the stored form, or a message saying
 * what was expected. Empty input gives { ok: true, value: null }: `required` is the caller's check.
 * A rule's format then checks the type's stored form (a national code's check digit) and may rewrite it.
 * Never throws. Normalising a normalised value returns it unchanged.
 */
export function normalizeValue(rule: ValueRule, raw: unknown, opts: NormalizeOptions = {}): ValueResult {
  if (isEmptyValue(raw)) return ok(null);
  const result = normalizeType(rule, raw, opts);
  const format = rule.format ? opts.formats?.get(rule.format) : undefined;
  if (!format || !result.ok || typeof result.value !== 'string') return result;
  return applyFormat(format, result.value);
}

function normalizeType(rule: ValueRule, raw: unknown, opts: NormalizeOptions): ValueResult {
  switch (rule.type) {
    case 'TEXT':
      return normalizeText(raw, TEXT_MAX);
    case 'LONG_TEXT':
      return normalizeText(raw, LONG_TEXT_MAX);
    case 'NUMBER':
      return normalizeNumber(raw);
    case 'MONEY':
      return normalizeMoney(raw);
    case 'DATE':
      return normalizeDate(raw);
    case 'DATETIME':
      return normalizeDateTime(raw);
    case 'BOOLEAN':
      return normalizeBoolean(raw);
    case 'SINGLE_CHOICE':
      return normalizeSingleChoice(raw, rule.choices);
    case 'MULTIPLE_CHOICE':
      return normalizeMultipleChoice(raw, rule.choices);
    case 'PHONE':
      return normalizePhoneValue(raw, opts.defaultCountry);
    case 'EMAIL':
      return normalizeEmailValue(raw);
    case 'URL':
      return normalizeUrl(raw);
    case 'ADDRESS':
      return normalizeAddress(raw);
    default:
      rule.type satisfies never;
      return fail('ATTRIBUTE_TYPE_UNKNOWN');
  }
}
