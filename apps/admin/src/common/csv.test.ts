import { describe, expect, it } from 'vitest';
import { BOM, buildCsv, csvCell } from './csv';

describe('CSV cells', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    // The Persian comma is not a separator.
    expect(csvCell('هدیه خوش‌آمد، ویژه')).toBe('هدیه خوش‌آمد، ویژه');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes numbers as numbers, negatives included', () => {
    expect(csvCell(-40)).toBe('-40');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('never lets typed text run as a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1 bonus')).toBe("'+1 bonus");
    expect(csvCell('-oops')).toBe("'-oops");
    expect(csvCell('@sum')).toBe("'@sum");
  });

  it('starts the file with a BOM and ends lines with CRLF', () => {
    const csv = buildCsv([
      ['a', 'b'],
      [1, 'Привет'],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe('\uFEFFa,b\r\n1,Привет\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
