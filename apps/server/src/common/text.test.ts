import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUnstorableCharacters, isBlank, visibleText } from './text.js';

const INVISIBLE = [
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2061',
  '\u2062',
  '\u2063',
  '\u2064',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\u3000',
];

describe('text that shows nothing', () => {
  it('is blank whatever invisible, direction or space characters it is made of', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 20 }), (chars) => {
        expect(isBlank(chars.join(''))).toBe(true);
        expect(visibleText(chars.join(''))).toBe('');
      }),
    );
  });

  it('keeps a name with one visible character, and ZWNJ inside a Persian word', () => {
    expect(visibleText('  می‌خواهم ')).toBe('می‌خواهم');
    expect(isBlank('\u200b.\u200b')).toBe(false);
    expect(isBlank('\u200c')).toBe(true);
    expect(isBlank(null)).toBe(true);
  });
});

describe('text PostgreSQL cannot store', () => {
  it('is NUL or a lone surrogate; pairs, emoji and control characters are fine', () => {
    expect(hasUnstorableCharacters('a\u0000')).toBe(true);
    expect(hasUnstorableCharacters('\ud800x')).toBe(true);
    expect(hasUnstorableCharacters('x\udc00')).toBe(true);
    expect(hasUnstorableCharacters('🎉 \u0001\t\u202e')).toBe(false);
  });
});
