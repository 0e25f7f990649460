import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fa } from './fa';
import { FAMILY_EN } from './familyMessages';
import { FAMILY_FA } from './familyMessages.fa';
import { FAMILY_RU } from './familyMessages.ru';
import { ru } from './ru';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('message files', () => {
  const english = keys(en).sort();

  it.each([
    ['ru', ru],
    ['fa', fa],
  ])('%s has exactly the English keys', (_name, messages) => {
    expect(keys(messages).sort()).toEqual(english);
  });

  it('lists the same screen families in every language', () => {
    expect(FAMILY_RU).toHaveLength(FAMILY_EN.length);
    expect(FAMILY_FA).toHaveLength(FAMILY_EN.length);
  });

  it.each(FAMILY_EN.map((en, i) => [i, { en, ru: FAMILY_RU[i] ?? {}, fa: FAMILY_FA[i] ?? {} }] as const))(
    'screen family %i has the same keys in every language',
    (_i, m) => {
      expect(keys(m.ru).sort()).toEqual(keys(m.en).sort());
      expect(keys(m.fa).sort()).toEqual(keys(m.en).sort());
      expect(keys(m.en).length).toBeGreaterThan(0);
    },
  );

  it('has no empty messages', () => {
    for (const messages of [en, ru, fa]) {
      const blank = keys(messages).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(blank).toEqual([]);
    }
  });

  it('writes Persian in Persian script and Russian in Cyrillic', () => {
    expect(fa.patron.history.loadMore).toMatch(/[\u0600-\u06FF]/);
    expect(ru.patron.history.loadMore).toMatch(/[\u0400-\u04FF]/);
  });
});
