import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ATTRIBUTES } from '../attributes/system-attributes.js';
import { type AttributeType, normalizeValue, type ValueRule } from '../attributes/values/index.js';
import { DEMO_CUSTOM_ATTRIBUTES, demoCustomers } from './demo-customers.js';

const NOW = new Date('2026-06-15T00:00:00Z');
const customers = [...demoCustomers(2000, 1, NOW)];
const share = (test: (c: (typeof customers)[number]) => boolean) =>
  customers.filter(test).length / customers.length;

const rule = (key: string, type: AttributeType, choices: string[] = []): ValueRule => ({
  key,
  type,
  required: false,
  choices: choices.map((value) => ({ value })),
});
/** The attribute types the brief gives the demo keys. */
const RULES = new Map<string, ValueRule>(
  [
    ...['firstName', 'lastName', 'middleName', 'city', 'country', 'cardNumber'].map((k) => rule(k, 'TEXT')),
    rule('gender', 'SINGLE_CHOICE', ['male', 'female']),
    rule('birthDate', 'DATE'),
    rule('mobile', 'PHONE'),
    rule('email', 'EMAIL'),
    rule('vip', 'BOOLEAN'),
    ...DEMO_CUSTOM_ATTRIBUTES.map((a) => ({ ...a, required: false })),
  ].map((r) => [r.key, r]),
);
const SYSTEM_RULES = new Map<string, ValueRule>(
  [...SYSTEM_ATTRIBUTES, ...DEMO_CUSTOM_ATTRIBUTES].map((a) => [
    a.key,
    { key: a.key, type: a.type, required: false, choices: a.choices ?? [] },
  ]),
);

describe('demo customers', () => {
  it('are the same for the same seed and differ for another', () => {
    expect([...demoCustomers(50, 1, NOW)]).toEqual(customers.slice(0, 50));
    expect([...demoCustomers(50, 2, NOW)]).not.toEqual(customers.slice(0, 50));
  });

  it('have unique mobiles, emails and card numbers', () => {
    for (const key of ['mobile', 'email', 'cardNumber']) {
      const values = customers.map((c) => c.attributes[key]).filter((v) => v !== undefined);
      expect(new Set(values).size, key).toBe(values.length);
    }
    expect(customers.every((c) => typeof c.attributes.mobile === 'string')).toBe(true);
  });

  it('have mobiles valid per libphonenumber-js, with their country code', () => {
    const code = { IR: '+98', RU: '+7', GB: '+44' } as Record<string, string>;
    for (const { attributes: a } of customers) {
      expect(isValidPhoneNumber(a.mobile as string), String(a.mobile)).toBe(true);
      expect(String(a.mobile).startsWith(code[a.country as string] ?? '?')).toBe(true);
    }
  });

  it('mix Persian, Russian and English customers', () => {
    expect(share((c) => c.attributes.country === 'IR')).toBeCloseTo(0.45, 1);
    expect(share((c) => c.attributes.country === 'RU')).toBeCloseTo(0.4, 1);
    expect(share((c) => c.attributes.country === 'GB')).toBeCloseTo(0.15, 1);
  });

  it('write names in their own script, with a patronymic for Russians only', () => {
    for (const { attributes: a } of customers) {
      const script = { IR: /^[\u0600-\u06ff\u200c ]+$/, RU: /^[А-Яа-яЁё-]+$/, GB: /^[A-Za-z]+$/ }[
        a.country as 'IR'
      ];
      expect(a.firstName).toMatch(script);
      expect(a.lastName).toMatch(script);
      expect(a.middleName === undefined).toBe(a.country !== 'RU');
      if (a.country === 'RU') expect(a.middleName).toMatch(a.gender === 'female' ? /на$/ : /ич$/);
      if (a.country === 'RU' && a.gender === 'female') expect(a.lastName).toMatch(/(а|ая)$/);
    }
    // Persian text uses Persian yeh and keheh, not the Arabic letters.
    expect(customers.some((c) => /[\u064a\u0643]/.test(JSON.stringify(c.attributes)))).toBe(false);
  });

  it('hold the advertised shares of optional values', () => {
    expect(share((c) => c.attributes.email !== undefined)).toBeCloseTo(0.7, 1);
    expect(share((c) => c.attributes.cardNumber !== undefined)).toBeCloseTo(0.6, 1);
    expect(share((c) => c.attributes.vip === true)).toBeLessThan(0.1);
    expect(share((c) => c.status === 'INACTIVE')).toBeCloseTo(0.08, 1);
    expect(customers.every((c) => /^[1-9]\d{9}$/.test(String(c.attributes.cardNumber ?? '1234567890')))).toBe(
      true,
    );
    expect(customers.every((c) => /^[a-z0-9._]+@[a-z.]+$/.test(String(c.attributes.email ?? 'a@b.c')))).toBe(
      true,
    );
  });

  it('are 16 to 80 years old and were created in the last 3 years', () => {
    const threeYearsAgo = Date.UTC(2023, 5, 15);
    for (const c of customers) {
      const born = new Date(`${c.attributes.birthDate}T00:00:00Z`);
      const sixteenth = Date.UTC(born.getUTCFullYear() + 16, born.getUTCMonth(), born.getUTCDate());
      const eightyFirst = Date.UTC(born.getUTCFullYear() + 81, born.getUTCMonth(), born.getUTCDate());
      expect(sixteenth).toBeLessThanOrEqual(NOW.getTime());
      expect(eightyFirst).toBeGreaterThan(NOW.getTime());
      expect(c.createdAt.getTime()).toBeGreaterThanOrEqual(threeYearsAgo);
      expect(c.createdAt.getTime()).toBeLessThan(NOW.getTime());
    }
  });

  it('hold only values their attribute accepts, already in stored form', () => {
    for (const rules of [RULES, SYSTEM_RULES]) {
      for (const { attributes } of customers) {
        for (const [key, value] of Object.entries(attributes)) {
          const r = rules.get(key);
          expect(r, key).toBeDefined();
          if (r)
            expect(normalizeValue(r, value), `${key}=${JSON.stringify(value)}`).toEqual({ ok: true, value });
        }
      }
    }
  });

  it('define the custom attributes with labels in three languages', () => {
    expect(DEMO_CUSTOM_ATTRIBUTES.map((a) => [a.key, a.type, a.group])).toEqual([
      ['favouriteDrink', 'SINGLE_CHOICE', 'psychography'],
      ['interests', 'MULTIPLE_CHOICE', 'interests'],
      ['newsletterFrequency', 'SINGLE_CHOICE', 'psychography'],
      ['householdSize', 'NUMBER', 'demography'],
    ]);
    for (const { label, choices } of DEMO_CUSTOM_ATTRIBUTES) {
      for (const l of [label, ...choices.map((c) => c.label)]) {
        expect(l.en).toMatch(/^[A-Z]/);
        expect(l.ru).toMatch(/^[А-ЯЁ]/);
        expect(l.fa).toMatch(/^[\u0600-\u06ff]/);
      }
    }
  });

  it('are quick to generate', () => {
    const started = performance.now();
    expect([...demoCustomers(2000, 7, NOW)]).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(5000); // loose: a guard against runaway loops only
  });
});
