import { englishMessage, type ProblemCode } from '@patron/problems';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttributeType, normalizeValue, type ValueRule } from './normalize-value.js';
import { ATTRIBUTE_TYPES } from './types.js';

const TYPES = ATTRIBUTE_TYPES;
const rule = (type: AttributeType): ValueRule => ({
  key: 'k',
  type,
  required: false,
  choices: [{ value: 'tea' }, { value: 'coffee' }],
});

describe('attribute values', () => {
  it.each<[AttributeType, unknown, unknown]>([
    ['TEXT', '  Zahra ', 'Zahra'],
    ['NUMBER', '۱۲٫۵', 12.5],
    ['NUMBER', '3,25', 3.25],
    ['MONEY', 10.99, 10.99],
    ['DATE', '۱۹۹۰-۰۵-۱۷', '1990-05-17'],
    ['DATETIME', '2026-03-01T10:00:00+03:00', '2026-03-01T07:00:00.000Z'],
    ['BOOLEAN', 'false', false],
    ['SINGLE_CHOICE', 'tea', 'tea'],
    ['MULTIPLE_CHOICE', ['coffee', 'tea', 'coffee'], ['coffee', 'tea']],
    ['EMAIL', ' Ivan@Mail.RU ', 'ivan@mail.ru'],
    ['URL', 'https://example.com/a?b=c', 'https://example.com/a?b=c'],
    ['ADDRESS', 'Tehran', { text: 'Tehran' }],
    ['ADDRESS', { text: 'Moscow', lat: 55.75, lng: 37.62 }, { text: 'Moscow', lat: 55.75, lng: 37.62 }],
    ['TEXT', '   ', null],
    ['MULTIPLE_CHOICE', [], null],
  ])('%s %j → %j', (type, raw, expected) => {
    expect(normalizeValue(rule(type), raw)).toEqual({ ok: true, value: expected });
  });

  it.each<[AttributeType, unknown, ProblemCode, string]>([
    ['TEXT', 42, 'VALUE_NOT_TEXT', 'Expected text'],
    ['TEXT', 'x'.repeat(1001), 'VALUE_TOO_LONG', 'longer than 1000'],
    ['NUMBER', 'many', 'VALUE_NOT_NUMBER', 'Expected a number'],
    ['MONEY', 1.234, 'VALUE_MONEY_DECIMALS', 'at most 2 decimals'],
    ['DATE', '2023-02-30', 'VALUE_NOT_DATE', 'YYYY-MM-DD'],
    ['DATE', '1700-01-01', 'VALUE_YEAR_RANGE', 'year from 1800'],
    ['DATETIME', '2026-03-01', 'VALUE_NOT_DATETIME', 'ISO 8601'],
    ['BOOLEAN', 'yes', 'VALUE_NOT_BOOLEAN', 'true or false'],
    ['SINGLE_CHOICE', 'juice', 'VALUE_NOT_CHOICE', 'not one of the choices: tea, coffee'],
    ['MULTIPLE_CHOICE', 'tea', 'VALUE_NOT_CHOICE_LIST', 'list of choices'],
    ['PHONE', '12', 'VALUE_NOT_PHONE', 'Not a valid phone number'],
    ['EMAIL', 'a@b', 'VALUE_NOT_EMAIL', 'Not a valid email'],
    ['URL', 'javascript:alert(1)', 'VALUE_NOT_URL', 'http:// or https://'],
    ['ADDRESS', { text: 'x', lat: 100, lng: 0 }, 'VALUE_ADDRESS_COORDINATE', 'lat must be'],
    ['ADDRESS', { text: 'x', lat: 1 }, 'VALUE_ADDRESS_BOTH_COORDINATES', 'both lat and lng'],
  ])('%s %j is refused as %s with a clear message', (type, raw, code, message) => {
    const result = normalizeValue(rule(type), raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe(code);
      expect(englishMessage(result.problem.code, result.problem.params)).toContain(message);
    }
  });

  it('never throws on any input, for any type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), fc.anything(), (type, raw) => {
        const result = normalizeValue(rule(type), raw);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('normalising a stored value again changes nothing', () => {
    const candidates = fc.oneof(
      fc.string(),
      fc.double({ noNaN: true }),
      fc.integer(),
      fc.boolean(),
      fc.array(fc.constantFrom('tea', 'coffee', 'juice')),
      fc
        .date({ min: new Date('1800-01-02'), max: new Date('2199-12-30'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      fc
        .date({ min: new Date('1800-01-02'), max: new Date('2199-12-30'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.record({
        text: fc.string({ minLength: 1 }),
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        lng: fc.double({ min: -180, max: 180, noNaN: true }),
      }),
      fc.emailAddress(),
      fc.webUrl(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), candidates, (type, raw) => {
        const first = normalizeValue(rule(type), raw);
        if (first.ok) expect(normalizeValue(rule(type), first.value)).toEqual(first);
      }),
      { numRuns: 3000 },
    );
  });
});
