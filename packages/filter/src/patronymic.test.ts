import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genderFromPatronymic } from './patronymic.js';

const cyrillicStem = fc.string({
  unit: fc.constantFrom(...'абвгдежзиклмнопрстуфхцшщэюяё'),
  minLength: 2,
  maxLength: 10,
});
const caseOf = (text: string, upper: boolean[]) =>
  [...text].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch)).join('');

describe('gender from a patronymic', () => {
  it('reads the usual patronymics', () => {
    expect(genderFromPatronymic('Иванович')).toBe('male');
    expect(genderFromPatronymic('Сергеевич')).toBe('male');
    expect(genderFromPatronymic('Ильич')).toBe('male');
    expect(genderFromPatronymic('Ивановна')).toBe('female');
    expect(genderFromPatronymic('Сергеевна')).toBe('female');
    expect(genderFromPatronymic('Никитична')).toBe('female');
    expect(genderFromPatronymic('Ильинична')).toBe('female');
    expect(genderFromPatronymic('  Петрова Анна Фёдоровна ')).toBe('female');
    expect(genderFromPatronymic('Ivanovich')).toBe('male');
    expect(genderFromPatronymic('Petrovna')).toBe('female');
  });

  it('suggests nothing for what is not a patronymic', () => {
    for (const text of [
      '',
      ' ',
      'ич',
      'вна',
      'Анна',
      'Mohammad',
      'Ахмед оглы',
      'Ivanova',
      42,
      null,
      undefined,
    ])
      expect(genderFromPatronymic(text)).toBeNull();
  });

  it('gives a son’s ending male and a daughter’s female, whatever the stem and letter case', () => {
    fc.assert(
      fc.property(
        cyrillicStem,
        fc.constantFrom('ович', 'евич', 'ич', 'овна', 'евна', 'ична', 'инична'),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        (stem, ending, upper) => {
          const expected = ending.endsWith('ич') ? 'male' : 'female';
          expect(genderFromPatronymic(caseOf(stem + ending, upper))).toBe(expected);
        },
      ),
    );
  });

  it('never throws and only answers for words ending like a patronymic', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const gender = genderFromPatronymic(text);
        if (gender === null) return;
        const word = text.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
        expect(/(ич|ich)$/.test(word)).toBe(gender === 'male');
        expect(/(вна|чна|vna|chna)$/.test(word)).toBe(gender === 'female');
      }),
    );
  });
});
