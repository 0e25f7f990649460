import type pg from 'pg';
import type { PatronApp } from '../../app.js';
import type { CustomerSearchService } from '../../modules/customer-search/customer-search.service.js';
import type { FilterGroupInput } from '../../modules/customer-search/filter-input.js';
import { chipNeedle, searchIndexText } from '../../modules/customer-search/search-document.js';
import { SORT_ATTRIBUTE } from './attributes.js';
import * as base from './baselines.js';
import type { Dataset } from './generate.js';
import type { GraphqlClient } from './graphql.js';

export interface Scenario {
  name: string;
  /** p95 in milliseconds that the service (or the HTTP round trip) must stay within; null: informational. */
  bar: number | null;
  service(i: number): Promise<unknown>;
  baseline(i: number): Promise<unknown>;
  /** The baseline's SQL for run i, for EXPLAIN ANALYZE. */
  baselineSql(i: number): base.Sql;
  /** The parameters of run i, in a few words, to name the slow run. */
  label(i: number): string;
  /** Answers whether service and baseline return the same rows (or count) for run i. */
  same(i: number): Promise<boolean>;
}

/** Service access typed from the module itself, whether or not PatronApp declares it yet. */
type App = PatronApp & { customerSearch: CustomerSearchService };

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/**
 * Name fragments (with the Arabic ي/ك spellings people type), phone fragments, email fragments, and
 * two mistyped names that find nobody (a page of such a search is read from the trigram index alone;
 * without it, every customer).
 */
const ONE_CHIP = [
  'مهد',
  'علي', // Arabic ye: must find علی
  'كاوه', // Arabic kaf: must find کاوه
  'Смирн',
  'ольга',
  'hughes',
  '0912 345',
  '+7 916',
  '0935 12',
  '7926 41',
  'yandex.r',
  'mohammad.re',
  'کاووه',
  'Смирнофв',
] as const;

const THREE_CHIPS = [
  ['مریم', 'Ольга', 'sarah'],
  ['0912 345', '+7 916 2', 'outlook'],
  ['رضايي', 'Кузнец', 'wright'], // Arabic ye again
  ['فاطمه', '0901 7', 'Петров'],
  ['mail.ru', 'كيان', 'patel'],
  ['Новосиб', 'اصفهان', 'Leeds'],
] as const;

const CITY_PAIRS = [
  ['تهران', 'مشهد'],
  ['Москва', 'Казань'],
  ['London', 'Manchester'],
  ['شیراز', 'Санкт-Петербург'],
  ['تبریز', 'Leeds'],
] as const;
const CHANNELS = [['app', 'web'], ['store'], ['app', 'phone'], ['web', 'partner', 'phone']] as const;

function filterParams(i: number, tagIds: string[], now: Date): base.FilterParams {
  const daysAgo = 60 + ((i * 37) % 300);
  return {
    cities: [...pick(CITY_PAIRS, i)],
    tagIds: [tagIds[(i * 3) % 12] as string, tagIds[10 + ((i * 7) % 20)] as string],
    anchorTagIds: [tagIds[12 + ((i * 5) % 18)] as string, tagIds[14 + ((i * 7) % 16)] as string],
    minVisits: 2 + (i % 4),
    lastVisitAfter: new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10),
    channels: [...pick(CHANNELS, i)],
    createdAfter: new Date(now.getTime() - (90 + ((i * 53) % 180)) * 86_400_000).toISOString(),
  };
}

/**
 * The bar's filter: five conditions in two groups, anchored by indexed conditions as a CRM manager's
 * filters usually are: AND(tags hasAny …, createdAt after …, visits ≥ …, OR(city in …, channel in …)).
 * The tags GIN index and the created_at btree combine into a bitmap, so the count reads few rows.
 */
function anchoredTree(p: base.FilterParams): FilterGroupInput {
  return {
    op: 'AND',
    conditions: [
      { field: 'tags', operator: 'hasAny', value: p.anchorTagIds },
      { field: 'createdAt', operator: 'after', value: p.createdAfter },
      { field: 'visits', operator: 'gte', value: p.minVisits },
    ],
    groups: [
      {
        op: 'OR',
        conditions: [
          { field: 'city', operator: 'in', value: p.cities },
          { field: 'channel', operator: 'in', value: p.channels },
        ],
      },
    ],
  };
}

/**
 * Worst case, reported without a bar: no condition an index can answer alone.
 * Five conditions in two groups over a system attribute, tags, two custom numbers/dates and a choice:
 * AND( OR(city in …, tags hasAny …), AND(visits ≥ …, lastVisit after …, channel in …) ).
 */
function filterTree(p: base.FilterParams): FilterGroupInput {
  return {
    op: 'AND',
    groups: [
      {
        op: 'OR',
        conditions: [
          { field: 'city', operator: 'in', value: p.cities },
          { field: 'tags', operator: 'hasAny', value: p.tagIds },
        ],
      },
      {
        op: 'AND',
        conditions: [
          { field: 'visits', operator: 'gte', value: p.minVisits },
          { field: 'lastVisit', operator: 'after', value: p.lastVisitAfter },
          { field: 'channel', operator: 'in', value: p.channels },
        ],
      },
    ],
  };
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).join(',');
const sameIds = (a: { edges: { row: { id: string } }[] }, b: Record<string, unknown>[]) =>
  ids(a.edges.map((e) => e.row)) === ids((b as { id: string }[]).slice(0, 25));

/** Page 50 is timed for three sorts in turn: a column, a generated column and a custom attribute. */
const PAGE50_SORTS: { sort: base.SortName; field: string; direction: 'ASC' | 'DESC' }[] = [
  { sort: 'createdAtDesc', field: 'createdAt', direction: 'DESC' },
  { sort: 'lastNameAsc', field: 'lastName', direction: 'ASC' },
  { sort: 'spendDesc', field: SORT_ATTRIBUTE, direction: 'DESC' },
];

export async function buildScenarios(
  app: App,
  pool: pg.Pool,
  data: Dataset,
  graphql: GraphqlClient,
): Promise<Scenario[]> {
  const svc = app.services.customerSearch;
  if (!svc)
    throw new Error(
      'app.services.customerSearch is missing: the customer query service is not wired into createPatronApp',
    );
  const viewer = { workspaceId: data.workspaceId, staffId: data.staffId };
  const ws = data.workspaceId;
  const now = new Date();
  const defaultSort = { field: 'createdAt', direction: 'DESC' } as const;
  const run = (q: base.Sql) => base.run(pool, q);

  const firstPage = () => svc.page(viewer, { query: {}, sort: defaultSort, first: 25 });

  const searchScenario = (name: string, chips: readonly (readonly string[])[]): Scenario => {
    const service = (i: number) =>
      svc.page(viewer, { query: { search: [...pick(chips, i)] }, sort: defaultSort, first: 25 });
    const baselineSql = (i: number) =>
      base.search(
        ws,
        pick(chips, i)
          .map((c) => chipNeedle(c) ?? '')
          .filter(Boolean)
          .map(searchIndexText),
      );
    return {
      name,
      bar: 50,
      service,
      baseline: (i) => run(baselineSql(i)),
      baselineSql,
      label: (i) => pick(chips, i).join(' | '),
      same: async (i) => sameIds(await service(i), await run(baselineSql(i))),
    };
  };
  const filterLabel = (i: number) => {
    const p = filterParams(i, data.tagIds, now);
    return `cities ${p.cities.join('/')}, visits ≥ ${p.minVisits}, lastVisit > ${p.lastVisitAfter}, channel ${p.channels.join('/')}`;
  };

  const filterService = (i: number) =>
    svc.page(viewer, {
      query: { filter: filterTree(filterParams(i, data.tagIds, now)) },
      sort: { field: SORT_ATTRIBUTE, direction: 'DESC' },
      first: 25,
    });
  const filterSql = (i: number) => base.filterPage(ws, filterParams(i, data.tagIds, now));
  const countService = (i: number) =>
    svc.count(viewer, { filter: filterTree(filterParams(i, data.tagIds, now)) });
  const countSql = (i: number) => base.filterCount(ws, filterParams(i, data.tagIds, now));

  const anchoredLabel = (i: number) => {
    const p = filterParams(i, data.tagIds, now);
    return `2 tags, created after ${p.createdAfter.slice(0, 10)}, visits ≥ ${p.minVisits}, cities ${p.cities.join('/')} or channel ${p.channels.join('/')}`;
  };
  const anchoredService = (i: number) =>
    svc.page(viewer, {
      query: { filter: anchoredTree(filterParams(i, data.tagIds, now)) },
      sort: { field: SORT_ATTRIBUTE, direction: 'DESC' },
      first: 25,
    });
  const anchoredSql = (i: number) => base.anchoredPage(ws, filterParams(i, data.tagIds, now));
  const anchoredCountService = (i: number) =>
    svc.count(viewer, { filter: anchoredTree(filterParams(i, data.tagIds, now)) });
  const anchoredCountSql = (i: number) => base.anchoredCount(ws, filterParams(i, data.tagIds, now));

  // Page 50: walk 49 pages through the service for its cursor; find the baseline's row by offset.
  const page50: ((typeof PAGE50_SORTS)[number] & { after: string | null; position: base.KeysetPosition })[] =
    [];
  for (const s of PAGE50_SORTS) {
    let after: string | null = null;
    for (let p = 1; p < 50; p++) {
      const r: { pageInfo: { endCursor: string | null } } = await svc.page(viewer, {
        query: {},
        sort: { field: s.field, direction: s.direction },
        first: 25,
        after,
      });
      after = r.pageInfo.endCursor;
    }
    page50.push({ ...s, after, position: await base.positionBefore(pool, ws, s.sort, 50) });
  }
  const page50Service = (i: number) => {
    const s = pick(page50, i);
    return svc.page(viewer, {
      query: {},
      sort: { field: s.field, direction: s.direction },
      first: 25,
      after: s.after,
    });
  };
  const page50Sql = (i: number) => {
    const s = pick(page50, i);
    return base.pageAfter(ws, s.sort, s.position);
  };

  return [
    {
      name: 'first page (25, createdAt DESC)',
      bar: 50,
      service: firstPage,
      baseline: () => run(base.firstPage(ws)),
      baselineSql: () => base.firstPage(ws),
      label: () => 'no parameters',
      same: async () => sameIds(await firstPage(), await run(base.firstPage(ws))),
    },
    searchScenario(
      'quick search, 1 chip',
      ONE_CHIP.map((c) => [c]),
    ),
    searchScenario('quick search, 3 chips', THREE_CHIPS),
    {
      name: `filter 5 conditions / 2 groups, sort ${SORT_ATTRIBUTE} DESC`,
      bar: 100,
      service: anchoredService,
      baseline: (i) => run(anchoredSql(i)),
      baselineSql: anchoredSql,
      label: anchoredLabel,
      same: async (i) => sameIds(await anchoredService(i), await run(anchoredSql(i))),
    },
    {
      name: 'exact count of that filter',
      bar: 500,
      service: anchoredCountService,
      baseline: (i) => run(anchoredCountSql(i)),
      baselineSql: anchoredCountSql,
      label: anchoredLabel,
      same: async (i) => (await anchoredCountService(i)) === Number((await run(anchoredCountSql(i)))[0]?.n),
    },
    {
      name: `worst case: filter without an indexable condition, sort ${SORT_ATTRIBUTE} DESC`,
      bar: null,
      service: filterService,
      baseline: (i) => run(filterSql(i)),
      baselineSql: filterSql,
      label: filterLabel,
      same: async (i) => sameIds(await filterService(i), await run(filterSql(i))),
    },
    {
      name: 'worst case: exact count of that filter',
      bar: null,
      service: countService,
      baseline: (i) => run(countSql(i)),
      baselineSql: countSql,
      label: filterLabel,
      same: async (i) => (await countService(i)) === Number((await run(countSql(i)))[0]?.n),
    },
    {
      name: 'page 50 by cursor (3 sorts)',
      bar: 50,
      service: page50Service,
      baseline: (i) => run(page50Sql(i)),
      baselineSql: page50Sql,
      label: (i) => `${pick(page50, i).field} ${pick(page50, i).direction}`,
      same: async (i) => sameIds(await page50Service(i), await run(page50Sql(i))),
    },
    {
      name: 'GraphQL over HTTP, first page',
      bar: 80,
      service: () => graphql.firstPage(),
      baseline: () => run(base.firstPage(ws)),
      baselineSql: () => base.firstPage(ws),
      label: () => 'no parameters',
      same: async () => {
        const r = await graphql.firstPage();
        return ids(r) === ids((await run(base.firstPage(ws))).slice(0, 25) as { id: string }[]);
      },
    },
  ];
}
