import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInn, normalizeNationalCode, normalizeSnils } from './index.js';

/*
 * Valid numbers are built here from the published rules, written out apart from the plugin's code.
 * Each rule has a blind spot: two remainders give one check digit (Iranian codes 1 and 10, INN 0 and
 * 10, SNILS 0 and 100), so a change moving the sum between them goes unseen. The refusal properties
 * take numbers outside it, where every single-digit change and every swap of adjacent distinct digits
 * before the check digits is caught by the arithmetic (the weights differ mod 11 or 101).
 */

type Normalize = (value: string) => { value: string } | { problem: string; params?: object };

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const sum = (body: string, weights: number[]) =>
  weights.reduce((total, w, i) => total + w * Number(body[i]), 0);

const persian = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const arabic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

/** Iranian national code: weights 10…2, r = sum mod 11, check r < 2 ? r : 11 − r. */
const nationalCodes = digits(9)
  .map((body) => {
    const r = sum(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    return { code: body + String(r < 2 ? r : 11 - r), r };
  })
  .filter(({ code }) => !/^(\d)\1{9}$/.test(code));

/** INN of an organisation: weights 2 4 10 3 5 9 4 6 8, check (sum mod 11) mod 10. */
const inn10 = digits(9).map((body) => {
  const r = sum(body, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11;
  return { code: body + String(r % 10), r };
});

/** INN of an individual: two checks, the second over the first. */
const inn12 = digits(10).map((body) => {
  const r11 = sum(body, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11;
  const eleven = body + String(r11 % 10);
  const r12 = sum(eleven, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11;
  return { code: eleven + String(r12 % 10), r: r11 };
});

/** SNILS: weights 9…1, control (sum mod 101) mod 100, two digits; checked above 001-001-998. */
const snils = digits(9)
  .filter((body) => Number(body) > 1001998)
  .map((body) => {
    const r = sum(body, [9, 8, 7, 6, 5, 4, 3, 2, 1]) % 101;
    return { code: body + String(r % 100).padStart(2, '0'), r };
  });

const accepted = (normalize: Normalize, value: string) => {
  const result = normalize(value);
  return 'value' in result ? result.value : null;
};

/** Every number with one digit replaced by another. */
const withOneDigitChanged = (code: string) =>
  [...code].flatMap((d, i) =>
    '0123456789'
      .split('')
      .filter((other) => other !== d)
      .map((other) => code.slice(0, i) + other + code.slice(i + 1)),
  );

/** Every number with two adjacent distinct digits swapped, among the first `upTo` digits. */
const withAdjacentSwapped = (code: string, upTo: number) =>
  [...code.slice(0, upTo)].flatMap((d, i) => {
    const next = code[i + 1];
    if (i + 1 >= upTo || next === undefined || next === d) return [];
    return [code.slice(0, i) + next + d + code.slice(i + 2)];
  });

const RULES = [
  {
    name: 'Iranian national code',
    normalize: normalizeNationalCode,
    numbers: nationalCodes,
    seen: (r: number) => r !== 1 && r !== 10,
    body: 9,
    written: (c: string) => `${c.slice(0, 3)}-${c.slice(3, 9)}-${c.slice(9)}`,
    code: 'NATIONAL_CODE_INVALID',
  },
  {
    name: 'INN of an organisation',
    normalize: normalizeInn,
    numbers: inn10,
    seen: (r: number) => r !== 0 && r !== 10,
    body: 9,
    written: (c: string) => `${c.slice(0, 4)} ${c.slice(4)}`,
    code: 'INN_INVALID',
  },
  {
    name: 'INN of an individual',
    normalize: normalizeInn,
    numbers: inn12,
    seen: (r: number) => r !== 0 && r !== 10,
    body: 10,
    written: (c: string) => `${c.slice(0, 4)} ${c.slice(4)}`,
    code: 'INN_INVALID',
  },
  {
    name: 'SNILS',
    normalize: normalizeSnils,
    // Two leading non-zero digits: no change below keeps a number within the unchecked old ones.
    numbers: snils.filter(({ code }) => code[0] !== '0' && code[1] !== '0'),
    seen: (r: number) => r !== 0 && r !== 100,
    body: 9,
    written: (c: string) => `${c.slice(0, 3)}-${c.slice(3, 6)}-${c.slice(6, 9)} ${c.slice(9)}`,
    code: 'SNILS_INVALID',
  },
];

describe.each(RULES)('$name', ({ normalize, numbers, seen, body, written, code }) => {
  it('accepts every valid number, written as digits, grouped, or in Persian or Arabic-Indic digits', () => {
    fc.assert(
      fc.property(numbers, ({ code: number }) => {
        expect(accepted(normalize, number)).toBe(number);
        expect(accepted(normalize, ` ${written(number)} `)).toBe(number);
        expect(accepted(normalize, persian(number))).toBe(number);
        expect(accepted(normalize, arabic(written(number)))).toBe(number);
      }),
    );
  });

  it('gives back the stored form unchanged when it is normalised again', () => {
    fc.assert(
      fc.property(numbers, fc.constantFrom(persian, arabic, written), ({ code: number }, render) => {
        const stored = accepted(normalize, render(number)) as string;
        expect(accepted(normalize, stored)).toBe(stored);
      }),
    );
  });

  it('refuses every single-digit change', () => {
    fc.assert(
      fc.property(
        numbers.filter(({ r }) => seen(r)),
        ({ code: number }) => {
          for (const changed of withOneDigitChanged(number))
            expect(normalize(changed), changed).toMatchObject({ problem: code });
        },
      ),
    );
  });

  it('refuses every swap of adjacent distinct digits before the check digits', () => {
    fc.assert(
      fc.property(
        numbers.filter(({ r }) => seen(r)),
        ({ code: number }) => {
          for (const swapped of withAdjacentSwapped(number, body))
            expect(normalize(swapped), swapped).toMatchObject({ problem: code });
        },
      ),
    );
  });

  it('answers any text with a stored number or its refusal, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const result = normalize(text);
        if ('value' in result) expect(result.value).toMatch(/^\d+$/);
        else expect(result).toMatchObject({ problem: code, params: { got: expect.any(String) } });
      }),
    );
  });
});

describe('the rules as issued', () => {
  it('reads 8 or 9 digits of an Iranian national code with the zeros cards leave out', () => {
    fc.assert(
      fc.property(
        nationalCodes.filter(({ code }) => code.startsWith('0')),
        ({ code }) => {
          expect(accepted(normalizeNationalCode, code.slice(1))).toBe(code);
          if (code.startsWith('00')) expect(accepted(normalizeNationalCode, code.slice(2))).toBe(code);
        },
      ),
    );
    expect(normalizeNationalCode('1234567')).toMatchObject({ problem: 'NATIONAL_CODE_INVALID' });
  });

  it('refuses Iranian codes of one repeated digit, which pass the checksum but are never issued', () => {
    for (const d of '0123456789') {
      expect(normalizeNationalCode(d.repeat(10))).toMatchObject({ problem: 'NATIONAL_CODE_INVALID' });
    }
  });

  it('knows published numbers', () => {
    expect(accepted(normalizeNationalCode, '۰۴۹۹۳۷۰۸۹۹')).toBe('0499370899');
    expect(accepted(normalizeInn, '7707083893')).toBe('7707083893');
    expect(accepted(normalizeInn, '500100732259')).toBe('500100732259');
    expect(accepted(normalizeSnils, '112-233-445 95')).toBe('11223344595');
  });

  it('takes SNILS numbers up to 001-001-998 without a check, as they were issued before it', () => {
    expect(accepted(normalizeSnils, '001-001-998 00')).toBe('00100199800');
    expect(accepted(normalizeSnils, '000-000-001 73')).toBe('00000000173');
    expect(normalizeSnils('001-001-999 00')).toMatchObject({ problem: 'SNILS_INVALID' });
  });

  it('keeps the blind spot of the real rule: one digit apart, remainders 10 and 1, one check digit', () => {
    expect(accepted(normalizeNationalCode, '1000000001')).toBe('1000000001'); // 1·10 = 10 → r 10 → 1
    expect(accepted(normalizeNationalCode, '1000000011')).toBe('1000000011'); // 10 + 1·2 = 12 → r 1 → 1
  });
});
