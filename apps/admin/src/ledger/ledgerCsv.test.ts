import { describe, expect, it } from 'vitest';
import { buildCsv } from '../common/csv';
import { CSV_COLUMNS, csvFileName, ledgerCsvRows } from './ledgerCsv';
import type { LedgerOperation } from './ledgerPages';

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
