import { localDay } from '@patron/filter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { anniversaryIndexName } from './sort-index.js';

/**
 * 2,000 customers born on every day of the year across decades: "birth date in the next 30 days"
 * compared the date itself and found none of them; the anniversary operators find exactly those whose
 * birthday comes within the month. The expected set is counted day by day, independently of the
 * month-day windows the code uses.
 */
const COUNT = `query($filter: CustomerFilter) { customerCount(filter: $filter) }`;
const LIST = `query($filter: CustomerFilter, $after: String) {
  customers(first: 200, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor } edges { node { id attributes } }
  }
}`;
const DAY = 86_400_000;
const TOTAL = 2000;

let server: TestServer;
let ws: TestWorkspace;
const births = new Map<string, string>();

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Whether the birthday falls on one of the days from `first` to `last` (UTC midnights). */
function celebratedBetween(birth: string, first: number, last: number): boolean {
  for (let d = first; d <= last; d += DAY) {
    const day = new Date(d);
    const md = birth.slice(5);
    const on = md === '02-29' && !leap(day.getUTCFullYear()) ? '02-28' : md;
    if (day.toISOString().slice(5, 10) === on) return true;
  }
  return false;
}

async function ids(filter: unknown): Promise<string[]> {
  const found: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: {
      customers: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] };
    } = await ws.as.ANALYST.requestOk(LIST, { filter, after });
    found.push(...page.customers.edges.map((e) => e.node.id));
    if (!page.customers.pageInfo.hasNextPage) return found.sort();
    after = page.customers.pageInfo.endCursor;
  }
}

const birthday = (operator: string, value?: unknown) => ({
  op: 'AND',
  conditions: [{ field: 'birthDate', operator, ...(value === undefined ? {} : { value }) }],
});

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  // One insert: creating 2,000 customers one by one through the API would only slow the test down.
  const rows = await server.app.orm.em.getConnection().execute<{ id: string; birth: string }[]>(
    `insert into customer (workspace_id, attributes)
     select ?, jsonb_build_object('firstName', 'C' || i, 'birthDate',
              to_char(date '1950-01-01' + ((i * 7919) % 25000), 'YYYY-MM-DD'))
       from generate_series(1, ?) i
     returning id, attributes->>'birthDate' as birth`,
    [ws.id, TOTAL],
  );
  for (const r of rows) births.set(r.id, r.birth);
  // Some born on 29 February and around the new year, where windows wrap and leap days move.
  expect([...births.values()].some((b) => b.endsWith('-02-29'))).toBe(true);
}, 60_000);
afterAll(async () => server?.close());

describe('birthdays', () => {
  it('"birth date in the next 30 days" finds every customer whose birthday comes within 30 days', async () => {
    const today = localDay(new Date());
    const expected = [...births]
      .filter(([, b]) => celebratedBetween(b, today, today + 30 * DAY))
      .map(([id]) => id)
      .sort();
    expect(expected.length).toBeGreaterThan(100);
    // The old operator compares the date itself: every birth date is in the past.
    expect((await ws.as.ANALYST.requestOk(COUNT, { filter: birthday('NEXT_DAYS', 30) })).customerCount).toBe(
      0,
    );
    const filter = birthday('ANNIVERSARY_NEXT_DAYS', 30);
    expect((await ws.as.ANALYST.requestOk(COUNT, { filter })).customerCount).toBe(expected.length);
    expect(await ids(filter)).toEqual(expected);
  });

  it('"in the last 7 days", "today" and "in month" agree with the calendar', async () => {
    const today = localDay(new Date());
    const last7 = [...births]
      .filter(([, b]) => celebratedBetween(b, today - 7 * DAY, today))
      .map(([id]) => id);
    expect(await ids(birthday('ANNIVERSARY_LAST_DAYS', 7))).toEqual(last7.sort());
    const todays = [...births].filter(([, b]) => celebratedBetween(b, today, today)).map(([id]) => id);
    expect(await ids(birthday('ANNIVERSARY_TODAY'))).toEqual(todays.sort());
    const march = [...births].filter(([, b]) => b.slice(5, 7) === '03').map(([id]) => id);
    expect(await ids(birthday('ANNIVERSARY_IN_MONTH', { month: 3 }))).toEqual(march.sort());
    // Farvardin, the first Jalali month, runs from about 21 March to 21 April.
    const persian = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', month: 'numeric' });
    const farvardin = [...births]
      .filter(([, b]) => persian.format(new Date(`${b}T00:00:00Z`)) === '1')
      .map(([id]) => id);
    expect(await ids(birthday('ANNIVERSARY_IN_MONTH', { month: 1, calendar: 'jalali' }))).toEqual(
      farvardin.sort(),
    );
  });

  it('refuses a month that is not one with a coded problem at the value', async () => {
    const res = await ws.as.ANALYST.request(COUNT, {
      filter: birthday('ANNIVERSARY_IN_MONTH', { month: 13, calendar: 'jalali' }),
    });
    expect(res.errors?.[0]?.extensions?.fields).toMatchObject([
      { path: ['filter', 'conditions', 0, 'value'], problem: { code: 'FILTER_VALUE_MONTH' } },
    ]);
  });

  it('birthdays and date attributes defined later have an anniversary index on the compared expression', async () => {
    await ws.as.ADMIN.requestOk(
      'mutation($input: CreateAttributeDefinitionInput!) { createAttributeDefinition(input: $input) { id } }',
      { input: { key: 'weddingDate', type: 'DATE', label: { en: 'Wedding date' }, group: 'main' } },
    );
    const conn = server.app.orm.em.getConnection();
    for (const key of ['birthDate', 'weddingDate']) {
      const [index] = await conn.execute<{ indexdef: string }[]>(
        'select indexdef from pg_indexes where indexname = ?',
        [anniversaryIndexName(key)],
      );
      expect(index?.indexdef).toContain(`substr((attributes ->> '${key}'::text), 6, 5)`);
    }
  });
});
