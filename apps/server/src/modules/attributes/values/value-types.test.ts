import { englishMessage } from '@patron/problems';
import { describe, expect, it } from 'vitest';
import {
  type AttributeType,
  isEmptyValue,
  normalizeEmail,
  normalizePhone,
  normalizeValue,
  toLatinDigits,
  type ValueRule,
} from './index.js';

const rule = (type: AttributeType, choices: string[] = []): ValueRule => ({
  key: 'k',
  type,
  required: true,
  choices: choices.map((value) => ({ value })),
});
const accepts = (type: AttributeType, raw: unknown, value: unknown, choices?: string[]) =>
  expect(normalizeValue(rule(type, choices), raw)).toEqual({ ok: true, value });
/** Refused, and the problem's English message reads as given. */
const refuses = (type: AttributeType, raw: unknown, message: string, choices?: string[]) => {
  const result = normalizeValue(rule(type, choices), raw);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(englishMessage(result.problem.code, result.problem.params)).toBe(message);
};

describe('empty input', () => {
  it.each([null, undefined, '', '  \n\t', []])('%j is no value, for every type', (raw) => {
    expect(isEmptyValue(raw)).toBe(true);
    accepts('NUMBER', raw, null);
    accepts('MULTIPLE_CHOICE', raw, null, ['a']);
  });
  it.each([0, false, 'x', ['a'], {}])('%j is a value', (raw) => expect(isEmptyValue(raw)).toBe(false));
});

describe('text', () => {
  it('is trimmed and length-limited in characters, not UTF-16 units', () => {
    accepts('TEXT', '  محمد رضایی ', 'محمد رضایی');
    accepts('TEXT', '😀'.repeat(1000), '😀'.repeat(1000));
    refuses('TEXT', 'a'.repeat(1001), 'The text is longer than 1000 characters (1001)');
    accepts('LONG_TEXT', `line 1\n${'a'.repeat(19990)}`, `line 1\n${'a'.repeat(19990)}`);
    refuses('LONG_TEXT', 'a'.repeat(20001), 'The text is longer than 20000 characters (20001)');
  });
  it('refuses other JS types and unstorable characters', () => {
    refuses('TEXT', { a: 1 }, 'Expected text, got an object');
    refuses('TEXT', 42, 'Expected text, got the number 42');
    refuses('TEXT', 'a\u0000b', 'The text contains characters that cannot be stored');
    refuses('TEXT', 'a\ud800b', 'The text contains characters that cannot be stored');
  });
});

describe('numbers and money', () => {
  it.each<[unknown, number]>([
    [42, 42],
    [-0, 0],
    ['  -12.5 ', -12.5],
    ['3,5', 3.5],
    ['۱۲۳٫۴۵', 123.45],
    ['٤٢', 42],
    ['1 000 000', 1000000],
    ['+7', 7],
  ])('NUMBER %j → %j', (raw, value) => accepts('NUMBER', raw, value));

  it.each<unknown>([
    'abc',
    '1,000.5',
    '1,2,3',
    'Infinity',
    '0x10',
    '1e3',
    '0b11',
    '1.2.3',
    '-',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    [1],
  ])('NUMBER refuses %j', (raw) => expect(normalizeValue(rule('NUMBER'), raw).ok).toBe(false));

  it('MONEY keeps at most 2 decimals', () => {
    accepts('MONEY', '19,99', 19.99);
    accepts('MONEY', 0.29, 0.29);
    accepts('MONEY', '۱۵۰۰۰۰۰', 1500000);
    refuses('MONEY', 1.005, 'Expected an amount with at most 2 decimals, got the number 1.005');
    refuses('MONEY', 'lots', 'Expected an amount of money, got "lots"');
  });
});

describe('dates', () => {
  it('DATE is a real calendar day as YYYY-MM-DD, years 1800..2200', () => {
    accepts('DATE', '2024-02-29', '2024-02-29');
    accepts('DATE', ' ۱۹۹۰-۰۱-۰۱ ', '1990-01-01');
    refuses('DATE', '2023-02-30', 'Expected a date as YYYY-MM-DD, got "2023-02-30"');
    refuses('DATE', '2023-13-01', 'Expected a date as YYYY-MM-DD, got "2023-13-01"');
    refuses('DATE', '01.02.2023', 'Expected a date as YYYY-MM-DD, got "01.02.2023"');
    refuses('DATE', '1799-12-31', 'Expected a year from 1800 to 2200, got "1799-12-31"');
    refuses('DATE', 20230101, 'Expected a date as YYYY-MM-DD, got the number 20230101');
  });

  it.each([
    ['2024-05-01T14:30:00Z', '2024-05-01T14:30:00.000Z'],
    ['2024-05-01T14:30Z', '2024-05-01T14:30:00.000Z'],
    ['2024-05-01 14:30:15.123456+03:30', '2024-05-01T11:00:15.123Z'],
    ['2024-05-01T02:00:00-0500', '2024-05-01T07:00:00.000Z'],
    ['2024-05-01T14:30:00', '2024-05-01T14:30:00.000Z'], // no zone: UTC
  ])('DATETIME %s → %s', (raw, value) => accepts('DATETIME', raw, value));

  it('DATETIME needs a time and a real date', () => {
    refuses(
      'DATETIME',
      '2024-05-01',
      'Expected a date and time in ISO 8601 form such as 2024-05-01T14:30:00Z, got "2024-05-01"',
    );
    expect(normalizeValue(rule('DATETIME'), '2023-02-30T10:00:00Z').ok).toBe(false);
    expect(normalizeValue(rule('DATETIME'), '2024-05-01T24:00:00Z').ok).toBe(false);
    accepts('DATETIME', new Date('2024-05-01T14:30:00Z'), '2024-05-01T14:30:00.000Z');
  });
});

describe('boolean and choices', () => {
  it('BOOLEAN', () => {
    accepts('BOOLEAN', true, true);
    accepts('BOOLEAN', ' FALSE ', false);
    refuses('BOOLEAN', 1, 'Expected true or false, got the number 1');
  });

  it('SINGLE_CHOICE is one of the choice values', () => {
    accepts('SINGLE_CHOICE', ' silver ', 'silver', ['silver', 'bronze']);
    refuses('SINGLE_CHOICE', 'gold', '"gold" is not one of the choices: silver, bronze', [
      'silver',
      'bronze',
    ]);
    refuses('SINGLE_CHOICE', 'gold', '"gold" is not one of the choices: (none defined)');
  });

  it('MULTIPLE_CHOICE is a list of distinct choice values, order kept', () => {
    const tags = ['sport', 'music', 'books'];
    accepts('MULTIPLE_CHOICE', ['books', 'sport', 'books'], ['books', 'sport'], tags);
    refuses(
      'MULTIPLE_CHOICE',
      ['sport', 'chess'],
      '"chess" is not one of the choices: sport, music, books',
      tags,
    );
    refuses(
      'MULTIPLE_CHOICE',
      ['sport', 3],
      'the number 3 is not one of the choices: sport, music, books',
      tags,
    );
    refuses('MULTIPLE_CHOICE', { sport: true }, 'Expected a list of choices, got an object', tags);
  });
});

describe('phones', () => {
  it.each([
    ['09121234567', '+989121234567'],
    ['۰۹۱۲۱۲۳۴۵۶۷', '+989121234567'],
    ['٠٩١٢ ١٢٣ ٤٥٦٧', '+989121234567'],
    ['+98 912 123 4567', '+989121234567'],
    ['+98 (0)912 123-4567', '+989121234567'],
    ['0098 912 123 4567', '+989121234567'],
    ['989121234567', '+989121234567'],
    ['9121234567', '+989121234567'], // bare 10 digits: the default country (IR) wins
    ['8 (912) 345-67-89', '+79123456789'],
    ['8-912-345-67-89', '+79123456789'],
    ['+7 912 345 67 89', '+79123456789'],
    ['79123456789', '+79123456789'],
    ['8 (495) 123-45-67', '+74951234567'],
    ['+44 7911 123456', '+447911123456'],
    ['447911123456', '+447911123456'],
    ['\u200e+98 912 123 4567\u200f', '+989121234567'],
  ])('%s → %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
    accepts('PHONE', raw, e164);
  });

  it('reads a national number in the given default country first', () => {
    expect(normalizePhone('9121234567', 'RU')).toBe('+79121234567');
    expect(normalizeValue(rule('PHONE'), '9121234567', { defaultCountry: 'RU' })).toEqual({
      ok: true,
      value: '+79121234567',
    });
    expect(normalizePhone('09121234567', 'RU')).toBe('+989121234567'); // not Russian: falls back to IR
    expect(normalizePhone('07911 123456', 'GB')).toBe('+447911123456');
  });

  it.each(['12', '+98 912', '0912 123 456', 'call me', '+7 912 abc 67 89', '1-800-FLOWERS', '+', '00'])(
    'refuses %j',
    (raw) => {
      expect(normalizePhone(raw)).toBeNull();
      refuses('PHONE', raw, `Not a valid phone number: ${JSON.stringify(raw)}`);
    },
  );

  it('refuses non-text', () =>
    refuses('PHONE', 9121234567, 'Not a valid phone number: the number 9121234567'));
});

describe('emails', () => {
  it.each([
    [' Ivan.Petrov@Mail.RU ', 'ivan.petrov@mail.ru'],
    ["o'brien+crm@example.co.uk", "o'brien+crm@example.co.uk"],
    ['иван@почта.рф', 'иван@почта.рф'],
    ['user@xn--80a1acny.xn--p1ai', 'user@xn--80a1acny.xn--p1ai'],
    ['زهرا@example.com', 'زهرا@example.com'],
  ])('%s → %s', (raw, email) => {
    expect(normalizeEmail(raw)).toBe(email);
    accepts('EMAIL', raw, email);
  });

  it.each([
    'plain',
    'a@b',
    '@example.com',
    'a@@example.com',
    'a..b@example.com',
    '.a@example.com',
    'a@example..com',
    'a@-example.com',
    'a@example.123',
    'a b@example.com',
    `${'a'.repeat(65)}@example.com`,
    `a@${'b'.repeat(250)}.com`,
  ])('refuses %s', (raw) => {
    expect(normalizeEmail(raw)).toBeNull();
    expect(normalizeValue(rule('EMAIL'), raw).ok).toBe(false);
  });
});

describe('URLs and addresses', () => {
  it('URL is http(s) only, in canonical form', () => {
    accepts('URL', ' HTTPS://Example.COM/a?b=c ', 'https://example.com/a?b=c');
    accepts('URL', 'http://shop.example', 'http://shop.example/');
    for (const raw of [
      'javascript:alert(1)',
      'ftp://example.com',
      'example.com',
      'mailto:a@b.c',
      'http://',
    ]) {
      refuses(
        'URL',
        raw,
        `Expected a web address starting with http:// or https://, got ${JSON.stringify(raw)}`,
      );
    }
  });

  it('ADDRESS is text, or text with both coordinates', () => {
    accepts('ADDRESS', ' تهران، خیابان ولیعصر ', { text: 'تهران، خیابان ولیعصر' });
    accepts(
      'ADDRESS',
      { text: 'Москва', lat: 55.75, lng: 37.62 },
      { text: 'Москва', lat: 55.75, lng: 37.62 },
    );
    accepts('ADDRESS', { text: 'London', lat: null, lng: null }, { text: 'London' });
    refuses(
      'ADDRESS',
      { text: 'x', lat: 91, lng: 0 },
      'lat must be a number from -90 to 90, got the number 91',
    );
    refuses('ADDRESS', { text: 'x', lat: 0, lng: '10' }, 'lng must be a number from -180 to 180, got "10"');
    refuses('ADDRESS', { text: 'x', lng: 10 }, 'Give both lat and lng, or neither');
    refuses('ADDRESS', { text: ' ' }, 'An address needs its text');
    refuses('ADDRESS', { lat: 1, lng: 1 }, 'Expected text, got a value of type undefined');
    refuses('ADDRESS', { text: 'x', zip: '1' }, 'An address has only text, lat and lng, not "zip"');
    refuses(
      'ADDRESS',
      5,
      'Expected an address as text or as an object with text, lat and lng, got the number 5',
    );
  });
});

it('toLatinDigits converts Persian and Arabic-Indic digits only', () => {
  expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ abc 42')).toBe('0123456789 0123456789 abc 42');
});
