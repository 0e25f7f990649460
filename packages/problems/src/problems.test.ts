import { describe, expect, it } from 'vitest';
import {
  englishMessage,
  fieldProblem,
  isProblemCode,
  PROBLEM_CODES,
  PROBLEM_FAMILIES,
  PROBLEMS,
} from './catalogue.js';
import { placeholders } from './problem.js';

describe('the problem catalogue', () => {
  it('declares each code in exactly one family', () => {
    const declared = Object.values(PROBLEM_FAMILIES).flatMap((family) => Object.keys(family));
    expect(declared.length).toBe(new Set(declared).size);
    expect(new Set(declared)).toEqual(new Set(PROBLEM_CODES));
  });

  it('names codes in upper snake case', () => {
    for (const code of PROBLEM_CODES) expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
  });

  it('gives every code a category and an English message', () => {
    for (const [code, spec] of Object.entries(PROBLEMS)) {
      expect(spec.message.trim().length, code).toBeGreaterThan(3);
      expect([
        'BAD_USER_INPUT',
        'UNAUTHENTICATED',
        'FORBIDDEN',
        'NOT_FOUND',
        'CONFLICT',
        'RATE_LIMITED',
      ]).toContain(spec.category);
    }
  });

  it('makes a field problem with the parameters of its code', () => {
    expect(fieldProblem(['input', 'name'], 'TOO_LONG', { max: 40 })).toEqual({
      path: ['input', 'name'],
      code: 'TOO_LONG',
      params: { max: 40 },
    });
    expect(fieldProblem(['input', 'name'], 'REQUIRED').params).toEqual({});
  });

  it('fills every placeholder of the English message', () => {
    for (const code of PROBLEM_CODES) {
      const names = placeholders(PROBLEMS[code].message);
      const params = Object.fromEntries(names.map((name, i) => [name, `<${i}>`]));
      const message = englishMessage(code, params);
      for (const [i] of names.entries()) expect(message).toContain(`<${i}>`);
      expect(message).not.toMatch(/\{\w+\}/);
    }
  });

  it('leaves a missing parameter visible instead of inventing one', () => {
    expect(englishMessage('TOO_LONG', {})).toBe('At most {max} characters');
    expect(englishMessage('TOO_LONG', { max: 40 })).toBe('At most 40 characters');
  });

  it('knows its own codes and nothing else', () => {
    expect(isProblemCode('BALANCE_TOO_LOW')).toBe(true);
    expect(isProblemCode('toString')).toBe(false);
    expect(isProblemCode(42)).toBe(false);
  });
});
