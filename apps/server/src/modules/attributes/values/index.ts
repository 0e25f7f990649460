export { toLatinDigits } from './digits.js';
export { normalizeEmail } from './email.js';
export { applyFormat, type FormatRegistry } from './format.js';
export { isEmptyValue, type NormalizeOptions, normalizeValue } from './normalize-value.js';
export { type CountryCode, DEFAULT_PHONE_COUNTRY, e164Candidate, normalizePhone } from './phone.js';
export type { AddressValue, AttributeType, AttributeValue, ValueResult, ValueRule } from './types.js';
export { ATTRIBUTE_TYPES } from './types.js';
