import type { AttributeFormatDefinition, AttributeFormatResult } from '@patron/sdk';
import { digitsOf, shown, weightedSum } from './digits.js';

const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** A control digit of an INN: the weighted sum mod 11, then mod 10 (a remainder of 10 gives 0). */
export function innControlDigit(digits: string, weights: readonly number[]): number {
  return (weightedSum(digits, weights) % 11) % 10;
}

/**
 * A Russian taxpayer number (ИНН): 10 digits for an organisation, the last a control digit; 12 for an
 * individual, the last two control digits, the second computed over the first.
 */
export function normalizeInn(value: string): AttributeFormatResult {
  const refused = { problem: 'INN_INVALID', params: { got: shown(value) } };
  const digits = digitsOf(value);
  if (digits?.length === 10)
    return innControlDigit(digits, WEIGHTS_10) === Number(digits[9]) ? { value: digits } : refused;
  if (digits?.length === 12)
    return innControlDigit(digits, WEIGHTS_11) === Number(digits[10]) &&
      innControlDigit(digits, WEIGHTS_12) === Number(digits[11])
      ? { value: digits }
      : refused;
  return refused;
}

export const ruInn: AttributeFormatDefinition = {
  key: 'ru-inn',
  base: 'TEXT',
  label: { en: 'Russian INN', ru: 'ИНН', fa: 'شناسه مالیاتی روسیه (INN)' },
  hint: {
    en: '10 digits (organisation) or 12 (individual)',
    ru: '10 цифр (организация) или 12 (физлицо)',
    fa: '۱۰ رقم (سازمان) یا ۱۲ رقم (شخص)',
  },
  normalize: normalizeInn,
};
