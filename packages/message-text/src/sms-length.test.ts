import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smsLength } from './index.js';

const GSM_ASCII = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 !"#%&\'()*+,-./:;<=>?@_\n',
];
const asciiGsm = (options: { minLength?: number; maxLength?: number }) =>
  fc.array(fc.constantFrom(...GSM_ASCII), options).map((a) => a.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 400 });
const PERSIAN_RUSSIAN = [...'سلامدوستعزیزپچژگکیЖжЩщЫыЁёЯяБбДд'];

describe('smsLength', () => {
  it('counts the examples a provider counts', () => {
    expect(smsLength('')).toEqual({ encoding: 'GSM_7', characters: 0, parts: 0, perPart: 160 });
    expect(smsLength('Hello')).toEqual({ encoding: 'GSM_7', characters: 5, parts: 1, perPart: 160 });
    expect(smsLength('Price: 5€ [x]')).toEqual({ encoding: 'GSM_7', characters: 16, parts: 1, perPart: 160 });
    expect(smsLength('a'.repeat(161))).toEqual({
      encoding: 'GSM_7',
      characters: 161,
      parts: 2,
      perPart: 153,
    });
    expect(smsLength('سلام')).toEqual({ encoding: 'UCS_2', characters: 4, parts: 1, perPart: 70 });
    expect(smsLength('Привет'.repeat(12))).toEqual({
      encoding: 'UCS_2',
      characters: 72,
      parts: 2,
      perPart: 67,
    });
    // An emoji is two code units.
    expect(smsLength('Hi 🎉').characters).toBe(5);
  });

  it('never cuts an extension character or a surrogate pair between parts', () => {
    // 152 septets then '€' (2): it does not fit in the first part's 153, so it opens the second.
    expect(smsLength(`${'a'.repeat(152)}€${'a'.repeat(10)}`).parts).toBe(2);
    expect(smsLength(`${'a'.repeat(152)}€${'a'.repeat(152)}`).parts).toBe(3);
    expect(smsLength(`${'я'.repeat(66)}🎉${'я'.repeat(10)}`).parts).toBe(2);
    expect(smsLength(`${'я'.repeat(66)}🎉${'я'.repeat(66)}`).parts).toBe(3);
  });

  it('a 160-character text of GSM ASCII is one part, 161 are two', () => {
    fc.assert(
      fc.property(asciiGsm({ minLength: 160, maxLength: 160 }), (text) => {
        expect(smsLength(text)).toMatchObject({ encoding: 'GSM_7', characters: 160, parts: 1 });
        expect(smsLength(`${text}a`).parts).toBe(2);
      }),
    );
  });

  it('parts never decrease when a character is appended', () => {
    fc.assert(
      fc.property(anyText, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), (text, c) => {
        expect(smsLength(text + c).parts).toBeGreaterThanOrEqual(smsLength(text).parts);
      }),
    );
  });

  it('any Persian or Russian letter makes the text UCS-2, counted in UTF-16 code units', () => {
    fc.assert(
      fc.property(
        asciiGsm({ maxLength: 300 }),
        fc.constantFrom(...PERSIAN_RUSSIAN),
        fc.nat(),
        (text, letter, at) => {
          const i = at % (text.length + 1);
          const mixed = text.slice(0, i) + letter + text.slice(i);
          expect(smsLength(mixed)).toMatchObject({ encoding: 'UCS_2', characters: mixed.length });
        },
      ),
    );
  });

  it('the parts hold the characters: no fewer than characters / per part, never empty', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const n = smsLength(text);
        expect(n.parts * n.perPart).toBeGreaterThanOrEqual(n.characters);
        expect(n.parts === 0).toBe(text === '');
      }),
    );
  });
});
