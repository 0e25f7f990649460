import type { MikroORM } from '@mikro-orm/postgresql';
import { badField } from '../../graphql/errors.js';
import { decodeCursor, encodeCursor } from '../../graphql/page-info.js';

export type CustomerSortField = 'CREATED_AT' | 'UPDATED_AT' | 'FIRST_NAME' | 'LAST_NAME' | 'MOBILE' | 'EMAIL';
export type SortDirection = 'ASC' | 'DESC';

/** Sort expressions match the indexes in the migrations, so every page is an index range scan. */
const SORT_SQL: Record<CustomerSortField, { expr: string; text: boolean }> = {
  CREATED_AT: { expr: 'created_at', text: false },
  UPDATED_AT: { expr: 'updated_at', text: false },
  FIRST_NAME: { expr: "coalesce(first_name, '')", text: true },
  LAST_NAME: { expr: "coalesce(last_name, '')", text: true },
  MOBILE: { expr: "coalesce(mobile, '')", text: true },
  EMAIL: { expr: "coalesce(email, '')", text: true },
};

export interface CustomerListArgs {
  workspaceId: string;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  sort: { field: CustomerSortField; direction: SortDirection };
  search?: string | null;
}

export interface CustomerRow {
  id: string;
  workspace_id: string;
  status: 'ACTIVE' | 'INACTIVE';
  attributes: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
  sort_value: string | Date;
}

export const MAX_PAGE = 200;

/** Keyset paging over any sort column with id as the tie-break; no offsets. */
export async function listCustomers(orm: MikroORM, args: CustomerListArgs) {
  const backward = args.last != null || args.before != null;
  const size = backward ? (args.last ?? 25) : (args.first ?? 25);
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw badField([backward ? 'last' : 'first'], `Ask for 1 to ${MAX_PAGE} customers per page`);
  }
  const { expr, text } = SORT_SQL[args.sort.field];
  const where: string[] = ['workspace_id = ?', 'deleted_at is null'];
  const params: unknown[] = [args.workspaceId];

  const search = args.search?.trim();
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const digits = search.replace(/[^\d۰-۹٠-٩]/g, '');
    where.push(
      `(first_name ilike ? or last_name ilike ? or email ilike ? or card_number ilike ?${digits ? ' or mobile like ?' : ''})`,
    );
    params.push(like, like, like, like);
    if (digits) params.push(`%${toLatin(digits)}%`);
  }
  const filterWhere = [...where];
  const filterParams = [...params];

  const cursorText = backward ? args.before : args.after;
  // Walking backward reverses the order, then the page is flipped back.
  const ascending = (args.sort.direction === 'ASC') !== backward;
  if (cursorText) {
    const cursor = decodeCursor(cursorText);
    if (!Array.isArray(cursor) || cursor.length !== 2 || typeof cursor[1] !== 'string') {
      throw badField([backward ? 'before' : 'after'], 'This cursor was not made by this list');
    }
    where.push(`(${expr}, id) ${ascending ? '>' : '<'} (?${text ? '' : '::timestamptz'}, ?::uuid)`);
    params.push(cursor[0], cursor[1]);
  }
  const dir = ascending ? 'asc' : 'desc';
  const conn = orm.em.getConnection();
  const rows = await conn.execute<CustomerRow[]>(
    `select id, workspace_id, status, attributes, created_at, updated_at, ${expr} as sort_value
       from customer where ${where.join(' and ')}
      order by ${expr} ${dir}, id ${dir} limit ${size + 1}`,
    params,
  );
  const [{ count }] = (await conn.execute<{ count: string }[]>(
    `select count(*) as count from customer where ${filterWhere.join(' and ')}`,
    filterParams,
  )) as [{ count: string }];

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
    totalCount: Number(count),
    pageInfo: {
      hasNextPage: backward ? Boolean(args.before) : more,
      hasPreviousPage: backward ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function toLatin(digits: string): string {
  return digits
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}
