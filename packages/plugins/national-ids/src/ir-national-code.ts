import type { AttributeFormatDefinition, AttributeFormatResult } from '@patron/sdk';
import { digitsOf, shown, weightedSum } from './digits.js';

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

/** The check digit of the first nine digits: the weighted sum's remainder r mod 11, r < 2 ? r : 11 - r. */
export function nationalCodeCheckDigit(body: string): number {
  const r = weightedSum(body, WEIGHTS) % 11;
  return r < 2 ? r : 11 - r;
}

/**
 * An Iranian national code (کد ملی): ten digits, the last the check digit. Cards and old records drop
 * leading zeros, so eight or nine digits are read with zeros in front; a code of one digit repeated
 * passes the checksum but is never issued.
 */
export function normalizeNationalCode(value: string): AttributeFormatResult {
  const refused = { problem: 'NATIONAL_CODE_INVALID', params: { got: shown(value) } };
  const digits = digitsOf(value);
  if (!digits || digits.length < 8 || digits.length > 10) return refused;
  const code = digits.padStart(10, '0');
  if (/^(\d)\1{9}$/.test(code)) return refused;
  return nationalCodeCheckDigit(code) === Number(code[9]) ? { value: code } : refused;
}

export const irNationalCode: AttributeFormatDefinition = {
  key: 'ir-national-code',
  base: 'TEXT',
  label: { en: 'Iranian national code', ru: 'Национальный код Ирана', fa: 'کد ملی' },
  hint: { en: '10 digits', ru: '10 цифр', fa: '۱۰ رقم' },
  normalize: normalizeNationalCode,
};
