import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvFileName, ledgerCsvRows } from '../loyalty/ledgerCsv';
import type { LedgerOperation } from '../loyalty/ledgerPages';
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

const operation = (over: Partial<LedgerOperation>): LedgerOperation => ({
  id: '7',
  kind: 'ADJUSTMENT',
  currency: 'coins',
  amount: 100,
  balanceAfter: 100,
  expiresAt: null,
  reason: 'Welcome',
  comment: '',
  reversesId: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  actor: { name: 'Mina', kind: 'staff' },
  ...over,
});

describe('the ledger export', () => {
  const wording = {
    header: (c: string) => c.toUpperCase(),
    kind: (k: string) => `kind:${k}`,
    currency: (key: string) => `cur:${key}`,
    date: (iso: string) => `day:${iso.slice(0, 10)}`,
    actor: (op: LedgerOperation) => op.actor.name,
  };

  it('has a header and one row per operation, amounts as numbers', () => {
    const rows = ledgerCsvRows(
      [
        operation({ id: '8', kind: 'REVERSAL', amount: -100, balanceAfter: 0, reversesId: '7' }),
        operation({ expiresAt: '2026-12-31T20:30:00.000Z', comment: 'for the survey' }),
      ],
      wording,
    );
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.toUpperCase()));
    expect(rows[1]).toEqual([
      'day:2026-03-01',
      '2026-03-01T10:00:00.000Z',
      'kind:REVERSAL',
      'cur:coins',
      -100,
      0,
      '',
      'Welcome',
      '',
      'Mina',
      '8',
      '7',
    ]);
    expect(rows[2]?.[6]).toBe('day:2026-12-31');
    expect(rows[2]?.[8]).toBe('for the survey');
    expect(buildCsv(rows).split('\r\n')).toHaveLength(4);
  });

  it('names the file after the customer without characters file systems refuse', () => {
    const day = new Date('2026-11-23T12:00:00Z');
    expect(csvFileName('Zahra Ahmadi', day)).toBe('ledger-Zahra Ahmadi-2026-11-23.csv');
    expect(csvFileName('a/b:c*?', day)).toBe('ledger-a b c-2026-11-23.csv');
    expect(csvFileName('زهرا احمدی', day)).toBe('ledger-زهرا احمدی-2026-11-23.csv');
    expect(csvFileName('  ', day)).toBe('ledger-customer-2026-11-23.csv');
  });
});
