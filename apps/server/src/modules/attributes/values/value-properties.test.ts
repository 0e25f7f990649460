import { isProblemCode } from '@patron/problems';
import fc from 'fast-check';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { type AttributeType, normalizePhone, normalizeValue, type ValueRule } from './index.js';

const CHOICES = ['sport', 'music', 'books', 'travel'];
const rule = (type: AttributeType, choices = CHOICES): ValueRule => ({
  key: 'k',
  type,
  required: false,
  choices: choices.map((value) => ({ value })),
});

const persian = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const arabic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const padded = (a: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom('', ' ', '\t'), a, fc.constantFrom('', ' ', '\n')).map(([x, s, y]) => x + s + y);
const dates = fc.date({
  min: new Date('1800-01-01T00:00:00Z'),
  max: new Date('2200-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const iranMobile = fc.stringMatching(/^9[0-39]\d{8}$/).filter((n) => isValidPhoneNumber(`+98${n}`));
const russiaMobile = fc.stringMatching(/^9\d{9}$/).filter((n) => isValidPhoneNumber(`+7${n}`));

/** Raw inputs for each type: well-formed ones in several renderings, near misses and junk. */
const INPUTS: Record<AttributeType, fc.Arbitrary<unknown>> = {
  TEXT: padded(fc.string({ unit: 'binary', maxLength: 1200 })),
  LONG_TEXT: padded(fc.string({ unit: 'grapheme', maxLength: 300 })),
  NUMBER: fc.oneof(
    fc.double(),
    fc.integer().map((n) => persian(String(n))),
    fc.tuple(fc.integer(), fc.nat(999)).map(([a, b]) => `${a},${b}`),
    fc.stringMatching(/^[+-]?\d{0,6}[.,]?\d{0,4}(e[+-]?\d{1,3})?$/),
  ),
  MONEY: fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
    fc.double({ min: -1e6, max: 1e6 }),
    fc.stringMatching(/^-?\d{1,7}([.,]\d{1,3})?$/).map(arabic),
  ),
  DATE: fc.oneof(
    dates.map((d) => d.toISOString().slice(0, 10)),
    fc.stringMatching(/^\d{4}-[01]\d-[0-3]\d$/),
    dates.map((d) => persian(d.toISOString().slice(0, 10))),
  ),
  DATETIME: fc.oneof(
    dates,
    dates.map((d) => d.toISOString()),
    fc.stringMatching(
      /^(1[89]|2[0-2])\d\d-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d(:[0-6]\d(\.\d{1,6})?)?(Z|[+-][01]\d:?[0-5]\d)?$/,
    ),
  ),
  BOOLEAN: fc.oneof(fc.boolean(), fc.constantFrom('true', ' FALSE', 'True ', 'yes', '1')),
  SINGLE_CHOICE: fc.oneof(padded(fc.constantFrom(...CHOICES)), fc.string()),
  MULTIPLE_CHOICE: fc.oneof(
    fc.array(padded(fc.constantFrom(...CHOICES)), { maxLength: 8 }),
    fc.array(fc.oneof(fc.string(), fc.integer())),
  ),
  PHONE: fc.oneof(
    iranMobile.map((n) => `0${n}`),
    russiaMobile.map((n) => `8 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`),
    fc.stringMatching(/^\+?[\d ()-]{4,20}$/),
  ),
  EMAIL: fc.oneof(
    fc.emailAddress().map((e) => e.toUpperCase()),
    padded(fc.emailAddress()),
    fc.constantFrom('Иван@Почта.РФ', 'ZAHRA@EXAMPLE.IR', 'a@b'),
  ),
  URL: fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.webUrl().map((u) => u.toUpperCase()),
  ),
  ADDRESS: fc.oneof(
    fc.string(),
    fc.record(
      { text: fc.string(), lat: fc.double({ min: -90, max: 90 }), lng: fc.double({ min: -180, max: 180 }) },
      { requiredKeys: ['text'] },
    ),
  ),
};
const TYPES = Object.keys(INPUTS) as AttributeType[];

describe('normalizeValue properties', () => {
  it.each(TYPES)('%s: normalising a normalised value gives it back unchanged', (type) => {
    fc.assert(
      fc.property(fc.oneof(INPUTS[type], fc.anything()), (raw) => {
        const once = normalizeValue(rule(type), raw);
        if (once.ok) expect(normalizeValue(rule(type), once.value)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the input, type or choices', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    const inputs = fc.oneof(anything, ...TYPES.map((t) => INPUTS[t]));
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), fc.array(fc.string()), inputs, (type, choices, raw) => {
        const result = normalizeValue(rule(type, choices), raw);
        expect(result.ok ? 'value' in result : isProblemCode(result.problem.code)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('phone renderings', () => {
  const spaced = (parts: string[], sep: string) => parts.join(sep);

  it('every rendering of a valid Iranian mobile gives the same E.164 number', () => {
    fc.assert(
      fc.property(iranMobile, (n) => {
        const [a, b, c] = [n.slice(0, 3), n.slice(3, 6), n.slice(6)];
        const e164 = `+98${n}`;
        const forms = [
          `0${n}`,
          n,
          `98${n}`,
          `+98${n}`,
          `0098${n}`,
          spaced(['+98', a, b, c], ' '),
          spaced([`0${a}`, b, c], '-'),
          `(0${a}) ${b} ${c}`,
          `+98 (${a}) ${b}-${c}`,
          `+98 (0)${a} ${b} ${c}`,
          persian(`0${n}`),
          persian(spaced(['+98', a, b, c], ' ')),
          arabic(`00 98 ${a} ${b} ${c}`),
          e164,
        ];
        for (const form of forms) expect(normalizePhone(form), form).toBe(e164);
      }),
      { numRuns: 200 },
    );
  });

  it('every rendering of a valid Russian mobile gives the same E.164 number', () => {
    fc.assert(
      fc.property(russiaMobile, (n) => {
        const [a, b, c, d] = [n.slice(0, 3), n.slice(3, 6), n.slice(6, 8), n.slice(8)];
        const e164 = `+7${n}`;
        const forms = [
          `8${n}`,
          `7${n}`,
          `+7${n}`,
          `007${n}`,
          `8 (${a}) ${b}-${c}-${d}`,
          `8-${a}-${b}-${c}-${d}`,
          `+7 ${a} ${b} ${c} ${d}`,
          `+7 (${a}) ${b}-${c}-${d}`,
          `7 ${a} ${b}${c}${d}`,
          persian(`8 (${a}) ${b}-${c}-${d}`),
          arabic(`+7 ${a} ${b} ${c} ${d}`),
          e164,
        ];
        for (const form of forms) expect(normalizePhone(form), form).toBe(e164);
        // A bare 10-digit number is read in the default country: Russian when that is RU.
        expect(normalizePhone(n, 'RU')).toBe(e164);
      }),
      { numRuns: 200 },
    );
  });
});
