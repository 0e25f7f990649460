import { describe, expect, it } from 'vitest';
import { formatDate } from '../preferences/dates';
import { formatAttributeValue, type ValueDefinition } from './formatAttributeValue';

const texts: Record<string, string> = {
  'patron.empty': '—',
  'patron.yes': 'Yes',
  'patron.no': 'No',
  'patron.comma': ', ',
};
const en = {
  locale: 'en',
  formatDate: (v: string, t?: boolean) => formatDate(v, 'en', 'GREGORIAN', t),
  translate: (k: string) => texts[k] ?? k,
};
const fa = { ...en, locale: 'fa', formatDate: (v: string, t?: boolean) => formatDate(v, 'fa', 'JALALI', t) };
const def = (type: ValueDefinition['type'], choices: ValueDefinition['choices'] = []): ValueDefinition => ({
  type,
  choices,
});

describe('formatAttributeValue', () => {
  it('shows a dash for no value', () => {
    expect(formatAttributeValue(def('TEXT'), null, en)).toBe('—');
    expect(formatAttributeValue(def('TEXT'), '', en)).toBe('—');
  });

  it('shows dates in the user’s calendar', () => {
    expect(formatAttributeValue(def('DATE'), '1990-05-17', en)).toBe('17 May 1990');
    expect(formatAttributeValue(def('DATE'), '1990-05-17', fa)).toContain('اردیبهشت');
  });

  it('shows choice labels in the UI language, falling back to English then the value', () => {
    const choices = [
      { value: 'tea', label: { en: 'Tea', fa: 'چای' } },
      { value: 'coffee', label: { en: 'Coffee' } },
      { value: 'water', label: {} },
    ];
    expect(formatAttributeValue(def('SINGLE_CHOICE', choices), 'tea', fa)).toBe('چای');
    expect(formatAttributeValue(def('SINGLE_CHOICE', choices), 'coffee', fa)).toBe('Coffee');
    expect(formatAttributeValue(def('MULTIPLE_CHOICE', choices), ['tea', 'water'], en)).toBe('Tea, water');
  });

  it('shows a balance with its currency’s digits after the point, as the card does', () => {
    const credit: ValueDefinition = { type: 'NUMBER', choices: [], decimals: 2 };
    expect(formatAttributeValue(credit, 12.5, en)).toBe('12.50');
    expect(formatAttributeValue(credit, 12.5, fa)).toBe('۱۲٫۵۰');
    expect(formatAttributeValue({ ...credit, decimals: 0 }, 40, fa)).toBe('۴۰');
    expect(formatAttributeValue(def('NUMBER'), 12.5, en)).toBe('12.5');
  });

  it('shows yes/no, numbers in local digits and the text of an address', () => {
    expect(formatAttributeValue(def('BOOLEAN'), false, en)).toBe('No');
    expect(formatAttributeValue(def('NUMBER'), 2000, en)).toBe('2,000');
    expect(formatAttributeValue(def('NUMBER'), 4, fa)).toBe('۴');
    expect(formatAttributeValue(def('ADDRESS'), { text: 'Tehran', lat: 35.7, lng: 51.4 }, en)).toBe('Tehran');
  });

  it('shows the country attribute’s code as the country’s name in the UI language', () => {
    const country = { ...def('TEXT'), key: 'country' };
    expect(formatAttributeValue(country, 'IR', en)).toBe('Iran');
    expect(formatAttributeValue(country, 'IR', fa)).toBe('ایران');
    expect(formatAttributeValue(country, 'RU', { ...en, locale: 'ru' })).toBe('Россия');
    expect(formatAttributeValue(country, 'Atlantis', en)).toBe('Atlantis');
    expect(formatAttributeValue({ ...def('TEXT'), key: 'city' }, 'IR', en)).toBe('IR');
  });
});
