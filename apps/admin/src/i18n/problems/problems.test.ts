import { PROBLEM_CODES, PROBLEMS, placeholders } from '@patron/problems';
import { fa } from '@patron/problems/texts/fa';
import { ru } from '@patron/problems/texts/ru';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../catalogs';
import { LOCALES } from '../locales';

const textOf = (locale: (typeof LOCALES)[number], code: string): unknown =>
  (CATALOGS[locale] as unknown as { patron: { problems: Record<string, unknown> } }).patron.problems[code];

describe('texts of the API’s refusals', () => {
  it.each(LOCALES)('has a non-empty %s text for every code', (locale) => {
    const missing = PROBLEM_CODES.filter((code) => {
      const text = textOf(locale, code);
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('uses in %s only the parameters each code has', (locale) => {
    const wrong = PROBLEM_CODES.flatMap((code) => {
      const allowed = placeholders(PROBLEMS[code].message);
      const used = [...String(textOf(locale, code)).matchAll(/%\{(\w+)\}/g)].map((m) => m[1] as string);
      return used.filter((name) => !allowed.includes(name)).map((name) => `${code}: %{${name}}`);
    });
    expect(wrong).toEqual([]);
  });

  it('takes English from the catalogue of refusals, placeholders as polyglot’s', () => {
    expect(textOf('en', 'BALANCE_TOO_LOW')).toBe(
      'The balance is too low: %{available} %{currency} available, %{asked} asked',
    );
    for (const code of PROBLEM_CODES)
      expect(textOf('en', code)).toBe(PROBLEMS[code].message.replace(/\{(\w+)\}/g, '%{$1}'));
  });

  it('has no text for a code the catalogue does not have', () => {
    expect(Object.keys(ru).sort()).toEqual([...PROBLEM_CODES].sort());
    expect(Object.keys(fa).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('writes Persian in Persian script and Russian in Cyrillic', () => {
    for (const code of [
      'BALANCE_TOO_LOW',
      'TOO_LONG',
      'FORBIDDEN',
      'FILTER_VALUE',
      'SPEND_CAP_DAY',
    ] as const) {
      expect(fa[code]).toMatch(/[\u0600-\u06FF]/);
      expect(ru[code]).toMatch(/[\u0400-\u04FF]/);
    }
    // Not one text left in English; digits written in Persian are Persian digits.
    expect(PROBLEM_CODES.filter((code) => !/[\u0600-\u06FF]/.test(fa[code]))).toEqual([]);
    expect(PROBLEM_CODES.filter((code) => !/[\u0400-\u04FF]/.test(ru[code]))).toEqual([]);
    expect(fa.TIER_POSITION).toContain('۱');
  });
});
