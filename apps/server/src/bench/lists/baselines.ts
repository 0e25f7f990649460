import { fold } from '@patron/filter';
import type pg from 'pg';

/**
 * The SQL a developer would write by hand for each scenario, run through a plain node-postgres pool:
 * the floor the service is measured against. Conditions are written the natural way for valid data
 * (a plain ::numeric cast, text comparison of ISO dates); order-bys follow the indexes that exist.
 */

/** The columns a list page shows — the same the service reads. */
const COLUMNS = 'id, workspace_id, status, attributes, tags, created_at, updated_at';

/** Sort orders the scenarios use, written as their indexes are (migrations and the attribute sort index). */
export const SORTS = {
  createdAtDesc: { expr: 'created_at', dir: 'desc', cast: 'timestamptz' },
  lastNameAsc: { expr: "coalesce(last_name, '')", dir: 'asc', cast: 'text' },
  spendDesc: { expr: "coalesce(attributes->'spend', 'null'::jsonb)", dir: 'desc', cast: 'jsonb' },
} as const;
export type SortName = keyof typeof SORTS;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function firstPage(workspaceId: string): Sql {
  return sql(
    `select ${COLUMNS} from customer
      where workspace_id = $1 and deleted_at is null
      order by created_at desc, id desc limit 26`,
    [workspaceId],
  );
}

/**
 * Quick search: any needle anywhere in search_text, read as the trigram index reads it (the marks
 * `.@-_` as letters; the needles come translated); chips are ORed.
 */
export function search(workspaceId: string, needles: string[]): Sql {
  const likes = needles.map((_, i) => `translate(search_text, '.@-_', 'ǀǁǂǃ') like $${i + 2}`).join(' or ');
  return sql(
    `select ${COLUMNS} from customer
      where workspace_id = $1 and deleted_at is null and (${likes})
      order by created_at desc, id desc limit 26`,
    [workspaceId, ...needles.map((n) => `%${likeEscape(n)}%`)],
  );
}

/** The nested filter's parameters (see scenarios.ts for its tree). */
export interface FilterParams {
  cities: string[];
  tagIds: string[];
  minVisits: number;
  lastVisitAfter: string;
  channels: string[];
  anchorTagIds: string[];
  createdAfter: string;
}

/** tags && … and created_at > … and visits >= … and (city in … or channel in …) */
function anchoredWhere(p: FilterParams): { sql: string; params: unknown[] } {
  return {
    sql: `workspace_id = $1 and deleted_at is null
      and tags && $2::uuid[] and created_at > $3::timestamptz
      and (attributes->'visits')::numeric >= $4
      and (folded->>'city' = any($5::text[]) or attributes->>'channel' = any($6::text[]))`,
    params: [p.anchorTagIds, p.createdAfter, p.minVisits, p.cities.map(fold), p.channels],
  };
}

export function anchoredPage(workspaceId: string, p: FilterParams): Sql {
  const where = anchoredWhere(p);
  const { expr, dir } = SORTS.spendDesc;
  return sql(
    `select ${COLUMNS} from customer where ${where.sql}
      order by ${expr} ${dir}, id ${dir} limit 26`,
    [workspaceId, ...where.params],
  );
}

export function anchoredCount(workspaceId: string, p: FilterParams): Sql {
  const where = anchoredWhere(p);
  return sql(`select count(*) as n from customer where ${where.sql}`, [workspaceId, ...where.params]);
}

/** (city in … or tags && …) and visits >= … and lastVisit > … and channel in … */
function filterWhere(p: FilterParams): { sql: string; params: unknown[] } {
  return {
    sql: `workspace_id = $1 and deleted_at is null
      and (folded->>'city' = any($2::text[]) or tags && $3::uuid[])
      and (attributes->'visits')::numeric >= $4
      and attributes->>'lastVisit' > $5
      and attributes->>'channel' = any($6::text[])`,
    // `folded` holds fold()ed text (lower case, ی/ک/е unified), so the values are folded the same way.
    params: [p.cities.map(fold), p.tagIds, p.minVisits, p.lastVisitAfter, p.channels],
  };
}

export function filterPage(workspaceId: string, p: FilterParams): Sql {
  const where = filterWhere(p);
  const { expr, dir } = SORTS.spendDesc;
  return sql(
    `select ${COLUMNS} from customer where ${where.sql}
      order by ${expr} ${dir}, id ${dir} limit 26`,
    [workspaceId, ...where.params],
  );
}

export function filterCount(workspaceId: string, p: FilterParams): Sql {
  const where = filterWhere(p);
  return sql(`select count(*) as n from customer where ${where.sql}`, [workspaceId, ...where.params]);
}

export interface KeysetPosition {
  value: unknown;
  id: string;
}

/** Where page `page` (1-based, 25 rows) starts: the last row of the page before. Setup only, not timed. */
export async function positionBefore(pool: pg.Pool, workspaceId: string, sort: SortName, page: number) {
  const { expr, dir } = SORTS[sort];
  const { rows: r } = await pool.query<{ value: unknown; id: string }>(
    `select ${expr} as value, id from customer where workspace_id = $1 and deleted_at is null
      order by ${expr} ${dir}, id ${dir} offset $2 limit 1`,
    [workspaceId, (page - 1) * 25 - 1],
  );
  if (!r[0]) throw new Error(`The list sorted by ${sort} has fewer than ${page - 1} pages`);
  return { value: r[0].value, id: r[0].id } satisfies KeysetPosition;
}

/** A page after a keyset position: a row-value comparison the sort index answers directly. */
export function pageAfter(workspaceId: string, sort: SortName, at: KeysetPosition): Sql {
  const { expr, dir, cast } = SORTS[sort];
  const value = cast === 'jsonb' ? JSON.stringify(at.value) : at.value;
  return sql(
    `select ${COLUMNS} from customer
      where workspace_id = $1 and deleted_at is null
        and (${expr}, id) ${dir === 'desc' ? '<' : '>'} ($2::${cast}, $3::uuid)
      order by ${expr} ${dir}, id ${dir} limit 26`,
    [workspaceId, value, at.id],
  );
}

/** A query and its parameters: run by the timing loop, explained when its scenario misses its bar. */
export interface Sql {
  text: string;
  params: unknown[];
}

const sql = (text: string, params: unknown[]): Sql => ({ text, params });

export async function run(pool: pg.Pool, q: Sql): Promise<Record<string, unknown>[]> {
  return (await pool.query(q.text, q.params)).rows;
}
