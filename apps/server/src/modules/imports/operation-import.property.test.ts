import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Currency } from '../currencies/currency.entity.js';
import { gregorianOfJalali, jalaliOf, parseImportDate } from './import-dates.js';
import type { ImportRecord } from './import-record.js';
import type { MappedRow } from './import-rows.js';
import { currenciesNamed, parseAmount, readOperationRow } from './operation-import.runner.js';

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const persian = (text: string) => text.replace(/\d/g, (d) => PERSIAN[Number(d)] ?? d);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const CURRENCIES = [
  { id: '1', key: 'xp', name: { en: 'XP', ru: 'Опыт', fa: 'امتیاز تجربه' }, decimals: 0, spendable: false },
  { id: '2', key: 'coins', name: { en: 'Coins', ru: 'Баллы', fa: 'سکه' }, decimals: 0, spendable: true },
  {
    id: '3',
    key: 'credit',
    name: { en: 'Credit', ru: 'Кредит', fa: 'اعتبار' },
    decimals: 2,
    spendable: true,
  },
] as unknown as Currency[];

const TARGETS = ['customer', 'currency', 'amount', 'date', 'expiresAt'];
const JOB = {
  content_hash: 'h',
  columns: TARGETS.map((target, index) => ({ index, header: target, target, samples: [] })),
} as unknown as ImportRecord;
const NOW = new Date('2026-06-01T00:00:00Z');
const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true });

describe('the cells of a ledger history row', () => {
  it('a Gregorian day, in Latin or Persian digits, with - or /, is that day at noon UTC', () => {
    fc.assert(
      fc.property(day, fc.boolean(), fc.constantFrom('-', '/'), (d, inPersian, sep) => {
        const iso = d.toISOString().slice(0, 10);
        const text = iso.replace(/-/g, sep);
        expect(parseImportDate(inPersian ? persian(text) : text)?.toISOString()).toBe(`${iso}T12:00:00.000Z`);
      }),
    );
  });

  it('a Jalali day is the Gregorian day Intl’s Persian calendar gives it, and back', () => {
    fc.assert(
      fc.property(day, fc.boolean(), (d, inPersian) => {
        const noon = new Date(`${d.toISOString().slice(0, 10)}T12:00:00Z`);
        const [y, m, dd] = jalaliOf(noon);
        const text = `${y}-${pad(m)}-${pad(dd)}`;
        expect(parseImportDate(inPersian ? persian(text) : text)).toEqual(noon);
      }),
    );
  });

  it('a day the calendar does not have is refused, never moved', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1300, max: 1500 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        // Months 7–11 have 30 days, the last 29 or 30; the first six 31.
        if (m >= 7) expect(gregorianOfJalali(y, m, 31)).toBeNull();
        expect(gregorianOfJalali(y, m, 32)).toBeNull();
      }),
    );
    expect(parseImportDate('2026-02-30')).toBeNull();
    expect(parseImportDate('1403-13-01')).toBeNull();
  });

  it('an amount is the signed number written, whatever digits or minus sign; anything else is not one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const text = `${whole < 0 ? '-' : ''}${Math.abs(whole)}.${pad(cents)}`;
          const value = Number(text);
          expect(parseAmount(text)).toBe(value === 0 ? 0 : value);
          expect(parseAmount(persian(text))).toBe(value === 0 ? 0 : value);
          expect(parseAmount(text.replace('-', '\u2212'))).toBe(value === 0 ? 0 : value);
        },
      ),
    );
    for (const bad of ['1e3', '0x10', '12,5', '--1', 'ten', ' ', 'Infinity'])
      expect(parseAmount(bad)).toBeNull();
  });

  it('a currency is found by its key in any case or its name in en, ru or fa; nothing else finds one', () => {
    for (const c of CURRENCIES)
      for (const text of [c.key, c.key.toUpperCase(), c.name.en, c.name.ru, c.name.fa])
        expect(currenciesNamed(` ${text} `, CURRENCIES).map((f) => f.key)).toEqual([c.key]);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        for (const found of currenciesNamed(text, CURRENCIES))
          expect(
            [found.key, found.name.en, found.name.ru, found.name.fa].map((n) => n?.toLowerCase()),
          ).toContain(text.trim().toLowerCase());
      }),
    );
  });

  it('a name two currencies share finds both, and the row is refused naming their keys; a key still finds one', () => {
    const bonus = {
      id: '4',
      key: 'bonus',
      name: { en: 'Points', ru: 'Баллы', fa: 'امتیاز' },
      decimals: 0,
      spendable: true,
    };
    const currencies = [...CURRENCIES, bonus] as unknown as Currency[];
    expect(currenciesNamed('баллы', currencies).map((c) => c.key)).toEqual(['coins', 'bonus']);
    expect(currenciesNamed('Bonus', currencies).map((c) => c.key)).toEqual(['bonus']);
    const cells = ['+989120000000', 'Баллы', '10', '2026-01-05', ''];
    const row = { line: 2, original: cells, cells: [], problem: null } as unknown as MappedRow;
    const read = readOperationRow(row, JOB, { definitions: new Map(), currencies }, 'mobile', (t) => t, NOW);
    expect(read.currency).toBeNull();
    expect(read.problem).toEqual({
      column: 'currency',
      problem: { code: 'CURRENCY_NAME_SHARED', params: { currency: 'Баллы', keys: 'coins, bonus' } },
    });
  });

  it('a row is never both read and refused: a readable row has its values, a refused one names a mapped column', () => {
    const cell = (target: string) =>
      ({
        currency: fc.constantFrom('coins', 'XP', 'Кредит', 'gems', ''),
        amount: fc.oneof(
          fc.integer({ min: -500, max: 500 }).map(String),
          fc.constantFrom('', '1.005', 'x', '−7'),
        ),
        date: fc.oneof(
          day.map((d) => d.toISOString().slice(0, 16).replace('T', ' ')),
          fc.constantFrom('', '2099-01-01', '1403/2/15'),
        ),
        expiresAt: fc.constantFrom('', '2099-01-01', '2020-01-01', 'soon'),
      })[target] ?? fc.constant('+989120000000');
    fc.assert(
      fc.property(fc.tuple(...TARGETS.map(cell)), (cells) => {
        const row = { line: 2, original: cells, cells: [], problem: null } as unknown as MappedRow;
        const read = readOperationRow(
          row,
          JOB,
          { definitions: new Map(), currencies: CURRENCIES },
          'mobile',
          (t) => t,
          NOW,
        );
        if (read.problem) {
          expect(TARGETS).toContain(read.problem.column);
          return;
        }
        expect(read.currency).not.toBeNull();
        expect(read.amount).not.toBe(0);
        expect(read.date?.getTime()).toBeLessThanOrEqual(NOW.getTime());
        if (read.expiresAt) {
          expect(read.expiresAt.getTime()).toBeGreaterThan(NOW.getTime());
          expect(read.amount).toBeGreaterThan(0);
        }
        if ((read.amount ?? 0) < 0) expect(read.currency?.spendable).toBe(true);
      }),
    );
  });
});
