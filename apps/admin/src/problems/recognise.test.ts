import { englishMessage, PROBLEM_CODES, PROBLEMS, placeholders } from '@patron/problems';
import { describe, expect, it } from 'vitest';
import { recogniseProblem } from './recognise';

describe('recogniseProblem', () => {
  it('reads every message of the catalogue back as its code and parameters', () => {
    for (const code of PROBLEM_CODES) {
      const names = placeholders(PROBLEMS[code].message);
      const params = Object.fromEntries(names.map((name, i) => [name, `v${i}x`]));
      const text = englishMessage(code, params);
      const found = recogniseProblem(text);
      // Two codes may share their words; either reads the same.
      expect(found.code && englishMessage(found.code as typeof code, found.params ?? {}), code).toBe(text);
    }
  });

  it('gives numbers back as numbers', () => {
    expect(recogniseProblem('At most 2 decimal places')).toEqual({
      code: 'AMOUNT_DECIMALS',
      params: { max: 2 },
      message: 'At most 2 decimal places',
    });
  });

  it('keeps a text the catalogue does not state as it came', () => {
    expect(recogniseProblem('Not a phone number')).toEqual({ message: 'Not a phone number' });
  });
});
