import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const LIST = `query($first: Int, $after: String, $last: Int, $before: String, $sort: CustomerSortInput,
  $search: [String!], $filter: CustomerFilter) {
  customers(first: $first, after: $after, last: $last, before: $before, sort: $sort, search: $search, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id firstName attributes } }
  }
}`;
const COUNT = `query($search: [String!], $filter: CustomerFilter) { customerCount(search: $search, filter: $filter) }`;
const FIELDS = `{ customerFields { key kind operators sortable source attributeType choices { value } } }`;
const COLUMNS = `mutation($columns: [ListColumnInput!]!) { updateMyCustomerColumns(columns: $columns) { customerColumns { key width } } }`;

type Page = {
  customers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { id: string; firstName: string; attributes: Record<string, unknown> } }[];
  };
};

let server: TestServer;
let ws: TestWorkspace;
const PEOPLE = [
  {
    firstName: 'Zahra',
    lastName: 'Karimi',
    mobile: '09123456789',
    email: 'zahra@example.com',
    score: 5,
    city: 'Tehran',
  },
  { firstName: 'علی', lastName: 'كاظمي', mobile: '+98 935 111 2233', score: 12, city: 'Shiraz' },
  { firstName: 'Пётр', lastName: 'Ёлкин', mobile: '8 (916) 123-45-67', score: 12, city: 'Moscow' },
  { firstName: 'Anna', lastName: 'Smith', mobile: '+44 7911 123456', score: -1 },
  { firstName: 'Boris', lastName: '100%_real', cardNumber: 'C-0042', score: 7, city: 'Moscow' },
];

const names = (page: Page) => page.customers.edges.map((e) => e.node.firstName);

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  // city is a system attribute; score a custom one.
  for (const [key, type] of [['score', 'NUMBER']] as const) {
    await ws.as.ADMIN.requestOk(
      'mutation($input: CreateAttributeDefinitionInput!) { createAttributeDefinition(input: $input) { id } }',
      { input: { key, type, label: { en: key }, group: 'main' } },
    );
  }
  for (const attributes of PEOPLE) {
    await ws.as.OPERATOR.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: { attributes },
      },
    );
  }
});
afterAll(async () => server?.close());

describe('quick search', () => {
  it('finds a phone by any fragment of its digits, in any format and script', async () => {
    for (const [chip, who] of [
      ['0912 345', 'Zahra'],
      ['+98 912', 'Zahra'],
      ['۰۹۳۵۱۱۱', 'علی'],
      ['8916', 'Пётр'],
      ['+7 916', 'Пётр'],
      ['07911 123', 'Anna'],
    ]) {
      expect(names(await ws.as.ANALYST.requestOk(LIST, { search: [chip] })), chip).toEqual([who]);
    }
  });

  it('folds ي/ی, ك/ک, ё/е and case, and matches any of several chips', async () => {
    expect(names(await ws.as.ANALYST.requestOk(LIST, { search: ['علي'] }))).toEqual(['علی']);
    expect(names(await ws.as.ANALYST.requestOk(LIST, { search: ['کاظمی'] }))).toEqual(['علی']);
    expect(names(await ws.as.ANALYST.requestOk(LIST, { search: ['петр'] }))).toEqual(['Пётр']);
    expect(names(await ws.as.ANALYST.requestOk(LIST, { search: ['елкин'] }))).toEqual(['Пётр']);
    const several = await ws.as.ANALYST.requestOk(LIST, { search: ['ZAHRA', 'smith', 'c-0042'] });
    expect(names(several).sort()).toEqual(['Anna', 'Boris', 'Zahra']);
    expect(several.customers.totalCount).toBe(3);
  });

  it('treats % and _ as letters and refuses too many chips', async () => {
    expect(names(await ws.as.ANALYST.requestOk(LIST, { search: ['0%_r'] }))).toEqual(['Boris']);
    expect(names(await ws.as.ANALYST.requestOk(LIST, { search: ['%'] }))).toEqual(['Boris']);
    const error = await ws.as.ANALYST.request(LIST, {
      search: Array.from({ length: 11 }, (_, i) => `x${i}`),
    });
    expect(error.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['search'] });
  });
});

describe('filters', () => {
  const nested = {
    op: 'AND',
    conditions: [{ field: 'score', operator: 'GTE', value: 5 }],
    groups: [
      {
        op: 'OR',
        conditions: [
          { field: 'city', operator: 'EQ', value: 'moscow' },
          { field: 'firstName', operator: 'STARTS_WITH', value: 'z' },
        ],
      },
    ],
  };

  it('combines nested AND/OR groups, and counts the same customers', async () => {
    const page = await ws.as.ANALYST.requestOk(LIST, {
      filter: nested,
      sort: { field: 'firstName', direction: 'ASC' },
    });
    expect(names(page)).toEqual(['Boris', 'Zahra', 'Пётр']);
    expect((await ws.as.ANALYST.requestOk(COUNT, { filter: nested })).customerCount).toBe(3);
    const negated = { ...nested, groups: [{ ...nested.groups[0], not: true }] };
    expect(names(await ws.as.ANALYST.requestOk(LIST, { filter: negated }))).toEqual(['علی']);
  });

  it('names the place of every mistake inside the tree', async () => {
    const cases: [unknown, (string | number)[]][] = [
      [
        { op: 'AND', conditions: [{ field: 'nope', operator: 'EQ', value: 1 }] },
        ['filter', 'conditions', 0, 'field'],
      ],
      [
        {
          op: 'AND',
          groups: [{ op: 'OR', conditions: [{ field: 'score', operator: 'CONTAINS', value: '1' }] }],
        },
        ['filter', 'groups', 0, 'conditions', 0, 'operator'],
      ],
      [
        {
          op: 'AND',
          conditions: [
            { field: 'city', operator: 'EQ', value: 'x' },
            { field: 'score', operator: 'GT', value: 'ten' },
          ],
        },
        ['filter', 'conditions', 1, 'value'],
      ],
      [
        { op: 'AND', conditions: [{ field: 'tags', operator: 'HAS_ANY', value: ["' or 1=1"] }] },
        ['filter', 'conditions', 0, 'value'],
      ],
      [
        {
          op: 'AND',
          groups: [
            {
              op: 'AND',
              groups: [
                { op: 'AND', groups: [{ op: 'AND', groups: [{ op: 'AND', groups: [{ op: 'AND' }] }] }] },
              ],
            },
          ],
        },
        ['filter', 'groups', 0, 'groups', 0, 'groups', 0, 'groups', 0, 'groups', 0],
      ],
      [
        { op: 'AND', conditions: [{ field: 'city', operator: 'EQ', value: 'x'.repeat(501) }] },
        ['filter', 'conditions', 0, 'value'],
      ],
    ];
    for (const [filter, path] of cases) {
      const result = await ws.as.ANALYST.request(LIST, { filter });
      expect(result.errors?.[0]?.extensions, JSON.stringify(path)).toMatchObject({
        code: 'BAD_USER_INPUT',
        path,
      });
    }
  });

  it('filters by source and sub-source', async () => {
    const club = await server.workspace('Sources club');
    await club.as.OPERATOR.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: { attributes: { firstName: 'Flyer', source: 'promo', subSource: 'Autumn flyer' } },
      },
    );
    const filter = {
      op: 'AND',
      conditions: [
        { field: 'source', operator: 'IN', value: ['promo', 'import'] },
        { field: 'subSource', operator: 'CONTAINS', value: 'AUTUMN' },
      ],
    };
    expect(names(await club.as.ANALYST.requestOk(LIST, { filter }))).toEqual(['Flyer']);
    const bad = await club.as.OPERATOR.request(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: { attributes: { firstName: 'X', source: 'rumour' } },
      },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'attributes', 'source'],
    });
  });

  it('lists every field with the operators that fit it', async () => {
    const { customerFields } = await ws.as.ANALYST.requestOk(FIELDS);
    const byKey = new Map(customerFields.map((f: { key: string }) => [f.key, f]));
    expect(byKey.get('score')).toMatchObject({
      kind: 'NUMBER',
      sortable: true,
      source: 'attribute',
      attributeType: 'NUMBER',
    });
    expect(byKey.get('tags')).toMatchObject({
      kind: 'MULTI',
      operators: ['HAS_ANY', 'HAS_ALL', 'HAS_NONE', 'FILLED', 'NOT_FILLED'],
    });
    expect(byKey.get('source')).toMatchObject({ kind: 'CHOICE', attributeType: 'SINGLE_CHOICE' });
    expect(byKey.get('status')).toMatchObject({
      kind: 'CHOICE',
      choices: [{ value: 'ACTIVE' }, { value: 'INACTIVE' }, { value: 'ERASED' }],
    });
    expect(byKey.get('createdAt')).toMatchObject({ kind: 'DATETIME', sortable: true });
  });
});

describe('sorting and paging', () => {
  it('walks every page by a custom number attribute both ways, ties broken by id', async () => {
    for (const direction of ['ASC', 'DESC']) {
      const seen: { id: string; score: unknown }[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page = await ws.as.ANALYST.requestOk(LIST, {
          first: 2,
          after,
          sort: { field: 'score', direction },
        });
        seen.push(...page.customers.edges.map((e) => ({ id: e.node.id, score: e.node.attributes.score })));
        if (!page.customers.pageInfo.hasNextPage) break;
        after = page.customers.pageInfo.endCursor;
      }
      const expected = [...seen].sort(
        (a, b) => (a.score as number) - (b.score as number) || (a.id < b.id ? -1 : 1),
      );
      if (direction === 'DESC') expected.reverse();
      expect(seen).toEqual(expected);
      expect(seen).toHaveLength(PEOPLE.length);
    }
  });

  it('puts customers without a value first when ascending, and refuses an unsortable field', async () => {
    const page: Page = await ws.as.ANALYST.requestOk(LIST, { sort: { field: 'city', direction: 'ASC' } });
    expect(names(page)[0]).toBe('Anna');
    const error = await ws.as.ANALYST.request(LIST, { sort: { field: 'tags', direction: 'ASC' } });
    expect(error.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['sort', 'field'] });
  });
});

describe('columns', () => {
  it('are saved per staff member and checked', async () => {
    const columns = [
      { key: 'firstName', width: 180 },
      { key: 'score', width: null },
      { key: 'tags', width: 240 },
    ];
    const saved = await ws.as.OPERATOR.requestOk(COLUMNS, { columns });
    expect(saved.updateMyCustomerColumns.customerColumns).toEqual(columns);
    expect(
      (await ws.as.OPERATOR.requestOk('{ me { customerColumns { key width } } }')).me.customerColumns,
    ).toEqual(columns);
    expect(
      (await ws.as.ANALYST.requestOk('{ me { customerColumns { key } } }')).me.customerColumns,
    ).toBeNull();
    const bad = await ws.as.OPERATOR.request(COLUMNS, {
      columns: [{ key: 'firstName' }, { key: 'nope', width: 10 }],
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['columns', 1, 'key'],
    });
    expect(
      (await ws.as.OPERATOR.requestOk('{ me { customerColumns { key } } }')).me.customerColumns,
    ).toHaveLength(3);
  });
});
