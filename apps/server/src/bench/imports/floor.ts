import { performance } from 'node:perf_hooks';
import type pg from 'pg';

export interface Floor {
  /** The imported customers inserted again, by hand SQL, into a copy of `customer` with all its indexes and its number trigger (numbers given, as the import gives them). */
  customersSeconds: number;
  /** The same without the quick search's trigram index. */
  noSearchSeconds: number;
  /** The same, into a copy of `customer` with only its primary key: what the indexes cost. */
  bareSeconds: number;
  /** Their history rows inserted again into a copy of `history_event`. */
  historySeconds: number;
}

const CHUNK = 1000;

/**
 * What PostgreSQL alone needs to store what the import stored: the first import's customers and their
 * history rows, staged untimed, then inserted by hand SQL in the import's chunks (1,000 rows, one durable
 * commit each) into copies of the tables. Nothing of Patron runs; the difference to the import is
 * Patron's own cost (reading, checking, classifying, the outbox), and the floor itself is the price of
 * the indexes a million-customer list needs. Each row brings its number, as the import's chunks do (one
 * counter step per chunk): numbered one by one by the trigger, the counter row's 1,000 updates in one
 * transaction cost ~30 µs a row, which the import never pays.
 */
export async function measureFloor(pool: pg.Pool, workspaceId: string, rows: number): Promise<Floor> {
  const client = await pool.connect();
  const columns = async (table: string, skip: string[]) =>
    (
      await client.query<{ c: string }>(
        `select string_agg(quote_ident(column_name), ', ' order by ordinal_position) as c
           from information_schema.columns
          where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'
            and coalesce(column_default, '') not like 'nextval%' and not (column_name = any($2::text[]))`,
        [table, skip],
      )
    ).rows[0]?.c ?? '';
  const timedInsert = async (target: string, stage: string, cols: string): Promise<number> => {
    const [{ n } = { n: 0 }] = (await client.query<{ n: number }>(`select count(*)::int as n from ${stage}`))
      .rows;
    await client.query('checkpoint');
    const t0 = performance.now();
    for (let from = 0; from < n; from += CHUNK) {
      await client.query('begin');
      await client.query(
        `insert into ${target} (${cols}) select ${cols} from ${stage} where rn > $1 and rn <= $2`,
        [from, from + CHUNK],
      );
      await client.query('commit');
    }
    return (performance.now() - t0) / 1000;
  };
  try {
    const customerCols = await columns('customer', []);
    await client.query(
      `create temp table floor_customer_stage as
         select row_number() over (order by number) as rn, ${customerCols}
           from (select * from customer where workspace_id = $1 order by number limit $2) first_import`,
      [workspaceId, rows],
    );
    await client.query('create index on floor_customer_stage (rn)');
    await client.query(
      'drop table if exists floor_customer, floor_customer_no_search, floor_customer_bare, floor_history',
    );
    await client.query('create table floor_customer (like customer including all)');
    await client.query(
      'create trigger floor_customer_number before insert on floor_customer for each row execute function customer_number_assign()',
    );
    await client.query('create table floor_customer_no_search (like customer including all)');
    const [search] = (
      await client.query<{ name: string }>(
        `select indexname as name from pg_indexes where tablename = 'floor_customer_no_search' and indexdef like '%gin_trgm_ops%'`,
      )
    ).rows;
    if (search) await client.query(`drop index ${search.name}`);
    await client.query(
      'create trigger floor_customer_no_search_number before insert on floor_customer_no_search for each row execute function customer_number_assign()',
    );
    await client.query('create table floor_customer_bare (like customer including defaults)');
    await client.query('alter table floor_customer_bare add primary key (workspace_id, id)');
    const historyCols = await columns('history_event', ['id']);
    await client.query(
      `create temp table floor_history_stage as
         select row_number() over (order by id) as rn, ${historyCols} from history_event
          where workspace_id = $1 and customer_id in (select id from floor_customer_stage)`,
      [workspaceId],
    );
    await client.query('create index on floor_history_stage (rn)');
    await client.query('create table floor_history (like history_event including all)');

    const customersSeconds = await timedInsert('floor_customer', 'floor_customer_stage', customerCols);
    const noSearchSeconds = await timedInsert(
      'floor_customer_no_search',
      'floor_customer_stage',
      customerCols,
    );
    const bareSeconds = await timedInsert('floor_customer_bare', 'floor_customer_stage', customerCols);
    const historySeconds = await timedInsert('floor_history', 'floor_history_stage', historyCols);
    return { customersSeconds, noSearchSeconds, bareSeconds, historySeconds };
  } finally {
    await client
      .query(
        'drop table if exists floor_customer, floor_customer_no_search, floor_customer_bare, floor_history',
      )
      .catch(() => {});
    client.release();
  }
}
