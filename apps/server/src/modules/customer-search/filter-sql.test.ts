import { evaluateFilter, type FilterNode, fold, OPERATORS, type Operator } from '@patron/filter';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/harness.js';
import type { CustomerField } from './customer-fields.js';
import type { FilterGroupInput } from './filter-input.js';
import { chipNeedle } from './search-document.js';

/**
 * The same random filters run as SQL on real PostgreSQL and in memory with packages/filter, over
 * the same random customers: the two must select exactly the same customers.
 */
const NOW = new Date('2026-06-15T12:00:00.000Z');
const DAY = 86_400_000;
const ATTRIBUTES = [
  { key: 'nick', type: 'TEXT' },
  { key: 'age', type: 'NUMBER' },
  { key: 'birth', type: 'DATE' },
  { key: 'seen', type: 'DATETIME' },
  { key: 'vip2', type: 'BOOLEAN' },
  { key: 'drink', type: 'SINGLE_CHOICE' },
  { key: 'likes', type: 'MULTIPLE_CHOICE' },
] as const;
const CHOICES = ['tea', 'coffee', 'juice'];
const choiceDefs = CHOICES.map((value) => ({ value, label: { en: value } }));

// Letters that fold into each other, LIKE's special characters and SQL fragments.
const letter = fc.constantFrom(
  'a',
  'B',
  'ی',
  'ي',
  'ک',
  'ك',
  'е',
  'ё',
  'Ё',
  '%',
  '_',
  '\\',
  "'",
  '"',
  ';',
  '-',
  '.',
  '@',
  'ǂ',
);
const text = fc.oneof(
  fc.string({ unit: letter, minLength: 1, maxLength: 4 }),
  fc.constantFrom("' or 1=1 --", '%_%', '\\%', 'Robert"); drop table customer;--'),
);
// Dates near "now" for relative days, and birthdays decades back (29 February and the turn of the
// year included) for anniversaries.
const day = fc.oneof(
  fc
    .integer({ min: -400, max: 400 })
    .map((d) => new Date(NOW.getTime() + d * DAY).toISOString().slice(0, 10)),
  fc
    .integer({ min: -30_000, max: 2_000 })
    .map((d) => new Date(NOW.getTime() + d * DAY).toISOString().slice(0, 10)),
  fc.constantFrom('1996-02-29', '2000-02-29', '1990-12-31', '1991-01-01', '1985-03-01', '1990-06-16'),
);
/** The workspace's clock for anniversaries: already 16 June there when it is noon UTC on the 15th. */
const TIME_ZONE = 'Pacific/Kiritimati';
const instant = fc
  .integer({ min: -400 * 24, max: 400 * 24 })
  .map((h) => new Date(NOW.getTime() + h * 3_600_000).toISOString());

let server: TestServer;
let workspaceId: string;
let fields: CustomerField[];
let tagIds: string[];
const records = new Map<string, Record<string, unknown>>();

function scalarFor(key: string): fc.Arbitrary<unknown> {
  switch (key) {
    case 'nick':
      return text;
    case 'age':
      return fc.integer({ min: -5, max: 120 });
    case 'birth':
      return day;
    case 'seen':
    case 'createdAt':
      return instant;
    case 'vip2':
      return fc.boolean();
    case 'drink':
      return fc.constantFrom(...CHOICES);
    case 'status':
      return fc.constantFrom('ACTIVE', 'INACTIVE');
    case 'likes':
      return fc.uniqueArray(fc.constantFrom(...CHOICES), { minLength: 1, maxLength: 3 });
    default:
      return fc.uniqueArray(fc.constantFrom(...tagIds), { minLength: 1, maxLength: 3 });
  }
}

const FIELD_KEYS = [...ATTRIBUTES.map((a) => a.key), 'status', 'tags', 'createdAt'];

function valueFor(key: string, operator: Operator): fc.Arbitrary<unknown> {
  const one = scalarFor(key);
  switch (operator) {
    case 'filled':
    case 'notFilled':
      return fc.constant(undefined);
    case 'in':
    case 'notIn':
      return fc.array(one, { minLength: 1, maxLength: 3 });
    case 'hasAny':
    case 'hasAll':
    case 'hasNone':
      return one;
    case 'lastDays':
    case 'nextDays':
      return fc.integer({ min: 1, max: 500 });
    case 'anniversaryToday':
      return fc.constant(undefined);
    case 'anniversaryNextDays':
    case 'anniversaryLastDays':
      return fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 365 }));
    case 'anniversaryInMonth':
      return fc.record({
        month: fc.integer({ min: 1, max: 12 }),
        calendar: fc.constantFrom('gregorian', 'jalali'),
      });
    case 'between':
      return fc.tuple(one, one).map(([a, b]) => ((a as never) <= (b as never) ? [a, b] : [b, a]));
    default:
      return one;
  }
}

const condition = () =>
  fc.constantFrom(...FIELD_KEYS).chain((key) => {
    const kind = fields.find((f) => f.key === key)?.kind ?? 'text';
    return fc
      .constantFrom(...OPERATORS[kind])
      .chain((operator) => valueFor(key, operator).map((value) => ({ field: key, operator, value })));
  });

const group = (): fc.Arbitrary<FilterGroupInput> =>
  fc
    .letrec<{ g: FilterGroupInput }>((tie) => ({
      g: fc.record({
        op: fc.constantFrom('AND' as const, 'OR' as const),
        not: fc.boolean(),
        conditions: fc.array(condition(), { maxLength: 3 }),
        groups: fc.oneof(
          { depthSize: 'small' },
          fc.constant<FilterGroupInput[]>([]),
          fc.array(tie('g'), { maxLength: 2 }),
        ),
      }),
    }))
    .g.filter((g) => depth(g) <= 5);

const depth = (g: FilterGroupInput): number => 1 + Math.max(0, ...(g.groups ?? []).map(depth));

function toTree(g: FilterGroupInput): FilterNode {
  return {
    kind: 'group',
    op: g.op,
    not: g.not ?? false,
    children: [
      ...(g.conditions ?? []).map((c) => ({ kind: 'condition' as const, ...c })),
      ...(g.groups ?? []).map(toTree),
    ],
  };
}

async function sqlIds(query: { filter?: FilterGroupInput; search?: string[] }): Promise<string[]> {
  const where = await server.app.services.customerSearch.where({ workspaceId, staffId: null }, query, NOW);
  const rows = await server.app.orm.em
    .getConnection()
    .execute<{ id: string }[]>(`select c.id from customer c where ${where.sql} order by c.id`, where.params);
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  server = await startTestServer();
  const ws = await server.workspace();
  workspaceId = ws.id;
  const app = server.app;
  for (const a of ATTRIBUTES) {
    await app.services.attributes.create(workspaceId, {
      key: a.key,
      type: a.type,
      label: { en: a.key },
      group: 'main',
      choices: a.type.endsWith('CHOICE') ? choiceDefs : undefined,
    });
  }
  tagIds = [];
  for (const name of ['red', 'green', 'blue']) {
    tagIds.push((await app.services.tags.create(workspaceId, { name, color: '#112233' })).id);
  }
  await app.services.loyaltyProgramme.update(
    workspaceId,
    { kind: 'system', id: null, name: 'Test' },
    { timeZone: TIME_ZONE },
  );
  fields = await app.services.customerSearch.fields(workspaceId);
  const actor = { kind: 'system' as const, id: null, name: 'test' };
  const names = new Map(tagIds.map((id) => [id, id]));
  const people = fc.sample(
    fc.record({
      values: fc.record(Object.fromEntries(ATTRIBUTES.map((a) => [a.key, scalarFor(a.key)])), {
        requiredKeys: [],
      }),
      status: scalarFor('status'),
      tags: fc.option(scalarFor('tags'), { nil: [] }),
      createdAt: instant,
    }),
    { numRuns: 80, seed: 20261123 },
  );
  for (const p of people) {
    const created = await app.services.customers.create(workspaceId, actor, p.values, p.status as 'ACTIVE');
    await app.services.customers.changeTags(
      workspaceId,
      actor,
      created.id,
      'replace',
      p.tags as string[],
      names,
    );
    await app.orm.em
      .getConnection()
      .execute('update customer set created_at = ? where id = ?', [p.createdAt, created.id]);
    const stored = await app.services.customers.get(workspaceId, created.id);
    records.set(created.id, {
      ...stored.attributes,
      status: stored.status,
      tags: p.tags,
      createdAt: p.createdAt,
    });
  }
}, 120_000);
afterAll(async () => server?.close());

/** What the quick search reads of a text: folded, the letters its index gives the marks `.@-_` as spaces. */
const searchedText = (value: string) => fold(value).replace(/[ǀǁǂǃ]/g, ' ');

describe('a filter compiled to SQL', () => {
  it('selects exactly the customers the in-memory evaluation selects', async () => {
    const descriptors = fields.map((f) => ({ key: f.key, kind: f.kind }));
    await fc.assert(
      fc.asyncProperty(group(), async (filter) => {
        const expected = [...records]
          .filter(([, record]) => evaluateFilter(toTree(filter), descriptors, record, NOW, TIME_ZONE))
          .map(([id]) => id)
          .sort();
        expect(await sqlIds({ filter })).toEqual(expected);
      }),
      { numRuns: 250 },
    );
  });

  it('treats hostile search chips as plain text and matches any chip', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 3 }), async (chips) => {
        const needles = chips.map(chipNeedle).filter((n): n is string => n !== null);
        const expected = [...records]
          .filter(
            ([, r]) =>
              needles.length === 0 ||
              needles.some((n) => typeof r.nick === 'string' && searchedText(r.nick).includes(n)),
          )
          .map(([id]) => id)
          .sort();
        // nick is the only text attribute these customers have, so the search text is its folded value.
        expect(await sqlIds({ search: chips })).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
