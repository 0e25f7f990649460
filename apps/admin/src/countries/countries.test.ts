import { describe, expect, it } from 'vitest';
import { countryChoices, countryName } from './countries';

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

describe('countryName', () => {
  it('names a country code in each language and keeps other text as stored', () => {
    expect(countryName('IR', 'en-GB')).toBe('Iran');
    expect(countryName('ir', 'en-GB')).toBe('Iran');
    expect(countryName('RU', 'ru-RU')).toBe('Россия');
    expect(countryName('IR', 'fa-IR')).toBe('ایران');
    expect(countryName('Iran', 'en-GB')).toBe('Iran');
    expect(countryName('EU', 'en-GB')).toBe('EU');
    expect(countryName('QQ', 'en-GB')).toBe('QQ');
  });
});
