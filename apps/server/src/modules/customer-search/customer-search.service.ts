import type { MikroORM } from '@mikro-orm/postgresql';
import { validateFilter } from '@patron/filter';
import { isUuid } from '../../common/ids.js';
import { emSql } from '../../db/em-sql.js';
import { badField, badInput, type FieldProblem, fieldProblem } from '../../graphql/errors.js';
import { decodeCursor, encodeCursor } from '../../graphql/page-info.js';
import type { CustomerFieldSourceOf } from '../../runtime/kernel.js';
import type { AttributeService } from '../attributes/attribute.service.js';
import { compileFilter, likeEscape, type SqlFragment } from './compile-filter.js';
import {
  attributeField,
  type CustomerField,
  contributedField,
  isFilterableAttribute,
  systemFields,
} from './customer-fields.js';
import { cachedFields } from './field-cache.js';
import { type FilterGroupInput, toFilterTree, toInputPath } from './filter-input.js';
import { chipCustomerNumber, chipNeedle, searchCondition, searchIndexText } from './search-document.js';

/** Who asks: segments are private to their owner, so the staff member matters. */
export interface Viewer {
  workspaceId: string;
  staffId: string | null;
  /** The staff member's role key, when known (segments shared with roles need it; else it is looked up). */
  role?: string | null;
}

/** What a list, a count, a segment or a bulk action selects; the parts are ANDed. */
export interface CustomerQuery {
  search?: string[] | null;
  filter?: FilterGroupInput | null;
  segmentId?: string | null;
}

export interface SavedQuery {
  search: string[];
  filter: FilterGroupInput | null;
}

export interface CustomerPageArgs {
  query: CustomerQuery;
  sort: { field: string; direction: 'ASC' | 'DESC' };
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface CustomerRow {
  id: string;
  workspace_id: string;
  status: 'ACTIVE' | 'INACTIVE' | 'ERASED';
  attributes: Record<string, unknown>;
  tags: string[];
  number: number;
  created_at: Date;
  updated_at: Date;
  sort_value: unknown;
}

export const MAX_PAGE = 200;
export const SEARCH_LIMITS = { chips: 10, chipLength: 100 };

/** The customer list, its count and every other "which customers" question go through here. */
export class CustomerSearchService {
  constructor(
    private readonly orm: MikroORM,
    private readonly attributes: AttributeService,
    /** The fields other modules contribute, fixed or per workspace (a balance per currency…). */
    private readonly sources: readonly CustomerFieldSourceOf[],
    /** Finds a segment the viewer may see (NOT_FOUND otherwise). */
    private readonly loadSegment: (viewer: Viewer, id: string) => Promise<SavedQuery>,
    /** The workspace's time zone (IANA name), asked only by a filter on anniversaries. */
    private readonly timeZoneOf: (workspaceId: string) => Promise<string>,
  ) {}

  /** Filterable and sortable fields of a workspace, in display order. */
  fields(workspaceId: string): Promise<CustomerField[]> {
    return cachedFields(workspaceId, () => this.loadFields(workspaceId));
  }

  private async loadFields(workspaceId: string): Promise<CustomerField[]> {
    const [definitions, tags, ...sourced] = await Promise.all([
      this.attributes.list(workspaceId),
      this.orm.em
        .getConnection()
        .execute<{ id: string; name: string }[]>(
          'select id, name from tag where workspace_id = ? order by lower(name)',
          [workspaceId],
        ),
      ...this.sources.map(async (s) => (await s.load(workspaceId)).map((f) => contributedField(s.module, f))),
    ]);
    return [
      ...definitions.filter(isFilterableAttribute).map(attributeField),
      ...systemFields(tags),
      ...sourced.flat(),
    ];
  }

  /** The WHERE clause of a query (customer row `c`), after validating every part of it. */
  async where(
    viewer: Viewer,
    query: CustomerQuery,
    now = new Date(),
    at: string[] = [],
    known?: CustomerField[],
  ): Promise<SqlFragment> {
    const fields = new Map((known ?? (await this.fields(viewer.workspaceId))).map((f) => [f.key, f]));
    const parts: SqlFragment[] = [
      { sql: 'c.workspace_id = ? and c.deleted_at is null', params: [viewer.workspaceId] },
    ];
    let zone: string | undefined;
    const add = async (
      saved: { search?: string[] | null; filter?: FilterGroupInput | null },
      path: string[],
    ) => {
      if (saved.search?.length) parts.push(searchSql(saved.search, [...path, 'search']));
      if (!saved.filter) return;
      if (zone === undefined && usesAnniversaries(saved.filter))
        zone = await this.timeZoneOf(viewer.workspaceId);
      parts.push(filterSql(saved.filter, fields, now, zone ?? 'UTC', [...path, 'filter']));
    };
    await add(query, at);
    if (query.segmentId) await add(await this.loadSegment(viewer, query.segmentId), ['segment']);
    return {
      sql: parts.map((p) => p.sql).join(' and '),
      params: parts.flatMap((p) => p.params),
    };
  }

  /** Checks a search and filter without running them (a segment checks its own before saving). */
  async validate(workspaceId: string, saved: SavedQuery, at: string[]): Promise<void> {
    await this.where({ workspaceId, staffId: null }, saved, new Date(), at);
  }

  /**
   * Counted without parallel workers: a count's filter is a bitmap scan over the customer table, and
   * its parallel plan measured 2.6× slower than the serial one on two cores (docs/benchmarks.md); many
   * staff counting at once also should not each take every core. Its bitmap gets at least 64 MB of
   * work_mem, so it stays exact (one bit per row) at a million customers: under the stock 4 MB it went
   * lossy and rechecked every row of 29,000 pages (530 → 320 ms on a stock server, docs/benchmarks.md).
   */
  async count(viewer: Viewer, query: CustomerQuery): Promise<number> {
    const where = await this.where(viewer, query);
    const row = await this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      await sql.execute(
        `select set_config('max_parallel_workers_per_gather', '0', true),
                set_config('work_mem', greatest(pg_size_bytes(current_setting('work_mem')) / 1024, ${COUNT_WORK_MEM_KB}) || 'kB', true)`,
        [],
      );
      const [first] = await sql.execute<{ count: string }[]>(
        `select count(*) as count from customer c where ${where.sql}`,
        where.params,
      );
      return first;
    });
    return Number(row?.count ?? 0);
  }

  /** Keyset paging over any sortable field with id as the tie-break; no offsets. */
  async page(viewer: Viewer, args: CustomerPageArgs) {
    const backward = args.last != null || args.before != null;
    const size = backward ? (args.last ?? 25) : (args.first ?? 25);
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
      throw badField([backward ? 'last' : 'first'], 'PAGE_SIZE', { max: MAX_PAGE });
    }
    const fields = await this.fields(viewer.workspaceId);
    const sortField = fields.find((f) => f.key === args.sort.field);
    if (!sortField?.sort) {
      const sortable = fields.filter((f) => f.sort).map((f) => f.key);
      throw badField(['sort', 'field'], 'SORT_FIELD_UNKNOWN', {
        field: JSON.stringify(args.sort.field),
        fields: sortable.join(', '),
      });
    }
    const { expr, type } = sortField.sort;
    const where = await this.where(viewer, args.query, new Date(), [], fields);
    const params = [...where.params];
    let sql = where.sql;
    const ascending = (args.sort.direction === 'ASC') !== backward;
    const cursorText = backward ? args.before : args.after;
    if (cursorText) {
      const cursor = decodeCursor(cursorText);
      if (
        !Array.isArray(cursor) ||
        cursor.length !== 2 ||
        typeof cursor[1] !== 'string' ||
        !isUuid(cursor[1])
      ) {
        throw badField([backward ? 'before' : 'after'], 'CURSOR_INVALID');
      }
      sql += ` and (${expr}, c.id) ${ascending ? '>' : '<'} (?::${type}, ?::uuid)`;
      params.push(type === 'jsonb' ? JSON.stringify(cursor[0]) : cursor[0], cursor[1]);
    }
    const dir = ascending ? 'asc' : 'desc';
    const rows = await this.orm.em.getConnection().execute<CustomerRow[]>(
      `select c.id, c.workspace_id, c.status, c.attributes, c.tags, c.number, c.created_at, c.updated_at, ${expr} as sort_value
         from customer c where ${sql}
        order by ${expr} ${dir}, c.id ${dir} limit ${size + 1}`,
      params,
    );
    const more = rows.length > size;
    const page = rows.slice(0, size);
    if (backward) page.reverse();
    const edges = page.map((row) => ({
      cursor: encodeCursor([
        row.sort_value instanceof Date ? row.sort_value.toISOString() : row.sort_value,
        row.id,
      ]),
      row,
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: backward ? Boolean(args.before) : more,
        hasPreviousPage: backward ? more : Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}

/** work_mem of a count: its bitmap of a million customers stays exact (see count). */
const COUNT_WORK_MEM_KB = 64 * 1024;

/** Each chip matches anywhere in the search text; a customer matching any chip is in. */
function searchSql(chips: string[], path: (string | number)[]): SqlFragment {
  if (chips.length > SEARCH_LIMITS.chips)
    throw badField(path, 'SEARCH_TOO_MANY_VALUES', { max: SEARCH_LIMITS.chips });
  const conditions: string[] = [];
  const params: unknown[] = [];
  chips.forEach((chip, i) => {
    if (chip.length > SEARCH_LIMITS.chipLength)
      throw badField([...path, i], 'SEARCH_VALUE_TOO_LONG', { max: SEARCH_LIMITS.chipLength });
    const needle = chipNeedle(chip);
    if (needle) {
      conditions.push(searchCondition('c'));
      params.push(`%${likeEscape(searchIndexText(needle))}%`);
    }
    // "1234" or "#1234" also finds customer number 1234 (the unique index serves it).
    const number = chipCustomerNumber(chip);
    if (number !== null) {
      conditions.push('c.number = ?');
      params.push(number);
    }
  });
  if (conditions.length === 0) return { sql: 'true', params: [] };
  return { sql: `(${conditions.join(' or ')})`, params };
}

function usesAnniversaries(group: FilterGroupInput): boolean {
  return (
    (group.conditions ?? []).some((c) => String(c.operator).startsWith('anniversary')) ||
    (group.groups ?? []).some(usesAnniversaries)
  );
}

function filterSql(
  input: FilterGroupInput,
  fields: Map<string, CustomerField>,
  now: Date,
  timeZone: string,
  path: (string | number)[],
): SqlFragment {
  const tree = toFilterTree(input);
  const descriptors = [...fields.values()].map((f) => ({ key: f.key, kind: f.kind }));
  const problems: FieldProblem[] = validateFilter(tree, descriptors).map((p) => ({
    ...p,
    path: [...path, ...toInputPath(input, p.path)],
  }));
  problems.push(...uuidProblems(input, fields, path));
  if (problems.length) throw badInput(problems);
  return compileFilter(tree, fields, now, timeZone);
}

/** Tag ids go into a uuid[] comparison, so anything else is named before it can reach SQL. */
function uuidProblems(
  group: FilterGroupInput,
  fields: Map<string, CustomerField>,
  path: (string | number)[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  (group.conditions ?? []).forEach((c, i) => {
    if (fields.get(c.field)?.sql.form !== 'uuidArray' || !Array.isArray(c.value)) return;
    if (c.value.some((v) => typeof v !== 'string' || !isUuid(v)))
      problems.push(fieldProblem([...path, 'conditions', i, 'value'], 'TAG_IDS_EXPECTED'));
  });
  (group.groups ?? []).forEach((g, i) => {
    problems.push(...uuidProblems(g, fields, [...path, 'groups', i]));
  });
  return problems;
}
