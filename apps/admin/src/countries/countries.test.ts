import { describe, expect, it } from 'vitest';
import { countryChoices } from './countries';

describe('countryChoices', () => {
  it('names Iran and Russia in each language, and leaves out regions that are not countries', () => {
    const en = countryChoices('en-GB');
    expect(en.find((c) => c.id === 'IR')?.name).toBe('Iran (IR)');
    expect(countryChoices('ru-RU').find((c) => c.id === 'RU')?.name).toBe('Россия (RU)');
    expect(countryChoices('fa-IR').find((c) => c.id === 'IR')?.name).toBe('ایران (IR)');
    expect(en.some((c) => c.id === 'EU' || c.id === 'UN')).toBe(false);
    expect(en.length).toBeGreaterThan(200);
  });

  it('sorts by name in the language', () => {
    const names = countryChoices('ru-RU').map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru-RU')));
  });
});
