import type { AttributeFormatDefinition, AttributeFormatResult } from '@patron/sdk';
import { digitsOf, shown, weightedSum } from './digits.js';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, 1];
/** Numbers up to 001-001-998 were issued before the control number existed: theirs is not checked. */
const LAST_UNCHECKED = 1001998;

/** The control number of a SNILS's nine digits: the weighted sum mod 101, 100 written 00. */
export function snilsControlNumber(body: string): number {
  return (weightedSum(body, WEIGHTS) % 101) % 100;
}

/**
 * A Russian insurance number (СНИЛС): nine digits and a two-digit control number, often written
 * XXX-XXX-XXX YY; stored as its eleven digits.
 */
export function normalizeSnils(value: string): AttributeFormatResult {
  const refused = { problem: 'SNILS_INVALID', params: { got: shown(value) } };
  const digits = digitsOf(value);
  if (digits?.length !== 11) return refused;
  if (Number(digits.slice(0, 9)) <= LAST_UNCHECKED) return { value: digits };
  return snilsControlNumber(digits) === Number(digits.slice(9)) ? { value: digits } : refused;
}

export const ruSnils: AttributeFormatDefinition = {
  key: 'ru-snils',
  base: 'TEXT',
  label: { en: 'Russian SNILS', ru: 'СНИЛС', fa: 'شماره بیمه روسیه (SNILS)' },
  hint: { en: '11 digits: XXX-XXX-XXX YY', ru: '11 цифр: XXX-XXX-XXX YY', fa: '۱۱ رقم: XXX-XXX-XXX YY' },
  normalize: normalizeSnils,
};
