import { createTestDatabase, type TestDatabase } from '@patron/testkit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparedPool } from './prepared-pool.js';

let db: TestDatabase;
let pool: PreparedPool;

beforeAll(async () => {
  db = await createTestDatabase('copyout');
  pool = new PreparedPool(db.url, 2);
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

async function all(sql: string, params: unknown[], batch = 3) {
  const rows: (string | null)[][] = [];
  for await (const b of pool.copyOut(sql, params, batch)) rows.push(...b);
  return rows;
}

describe('rows streamed with COPY', () => {
  it('give back any text as it was, nulls as null, with parameters inlined as the query would take them', async () => {
    // Text without NUL (PostgreSQL text cannot hold it): tabs, line breaks, backslashes, quotes, `?`.
    const text = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !s.includes('\0'));
    const tricky = fc.constantFrom('a\tb', 'line\nbreak\r\n', '\\N', "it's", 'why?', "E'\\x'", 'سلام', 'Ёж');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(fc.oneof(text, tricky)), { maxLength: 8 }), async (values) => {
        const rows = await all(
          'select v, ? as same from unnest(?::text[]) with ordinality as t(v, n) order by n',
          ['why?', values],
        );
        expect(rows).toEqual(values.map((v) => [v, 'why?']));
      }),
      { numRuns: 40 },
    );
  });

  it('give back rows longer than a network read whole, characters split between reads included', async () => {
    const rows = await all('select repeat(?, g * 40000) || g, g from generate_series(1, 4) g', ['سلام🙂'], 2);
    expect(rows).toEqual([1, 2, 3, 4].map((g) => [`${'سلام🙂'.repeat(g * 40000)}${g}`, String(g)]));
  });

  it('types parameters from their context: dates, numbers, json, uuids', async () => {
    const at = new Date('2026-03-01T10:00:00Z');
    const [row] = await all("select ?::timestamptz = ?::timestamptz, ?::int + 1, (?::jsonb)->>'k', ?::uuid", [
      at,
      '2026-03-01T10:00:00Z',
      41,
      { k: 'v' },
      '00000000-0000-0000-0000-000000000001',
    ]);
    expect(row).toEqual(['t', '42', 'v', '00000000-0000-0000-0000-000000000001']);
  });

  it('come in batches, and leaving early closes the statement without leaving a connection behind', async () => {
    const sizes: number[] = [];
    for await (const b of pool.copyOut('select g from generate_series(1, 10) g', [], 4)) sizes.push(b.length);
    expect(sizes).toEqual([4, 4, 2]);
    const seen: string[] = [];
    for await (const b of pool.copyOut('select g from generate_series(1, 1000000) g', [], 1000)) {
      seen.push(...b.map((r) => String(r[0])));
      if (seen.length >= 3000) break;
    }
    expect(seen.slice(0, 2)).toEqual(['1', '2']);
    for (let i = 0; i < 50; i++) {
      const [busy] = await pool.query<{ n: string }>(
        `select count(*) as n from pg_stat_activity where datname = current_database() and query like 'copy (%'`,
        [],
      );
      if (busy?.n === '0') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const [left] = await pool.query<{ n: string }>(
      `select count(*) as n from pg_stat_activity where datname = current_database() and query like 'copy (%'`,
      [],
    );
    expect(left?.n).toBe('0');
  });
});
