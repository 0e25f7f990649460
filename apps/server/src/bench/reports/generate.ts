import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { PatronApp } from '../../app.js';

export const WORKSPACE = 'Reports bench';

export interface ReportsData {
  workspaceId: string;
  manager: { email: string; password: string };
  customers: number;
  purchases: number;
  operations: number;
  /** The data's present: its last purchases are of then, the scenarios' periods end with that day. */
  now: Date;
  /** Seconds the data took to generate (kept with it). */
  generationSeconds: number;
  generatedNow: boolean;
}

/**
 * Customers, in chunks, numbers taken from the workspace's counter in one step (the trigger's upsert
 * per row would walk a chain of versions of the counter row): created evenly over the four years
 * before `now`, in that order (as they would have been inserted), 5% deleted some time between their
 * creation and now.
 */
async function insertCustomers(
  pool: pg.Pool,
  workspaceId: string,
  count: number,
  now: Date,
  log: (m: string) => void,
) {
  const chunk = 200_000;
  for (let from = 1; from <= count; from += chunk) {
    const to = Math.min(count, from + chunk - 1);
    log(`reports: inserting customers ${from.toLocaleString('en')}–${to.toLocaleString('en')}`);
    await pool.query(
      `with taken as (
         insert into customer_number_counter as k (workspace_id, last_number) values ($1, $3::int - $2::int + 1)
         on conflict (workspace_id) do update set last_number = k.last_number + excluded.last_number
         returning k.last_number - ($3::int - $2::int + 1) as before)
       insert into customer (workspace_id, number, attributes, created_at, updated_at, deleted_at)
       select $1, taken.before + i - $2::int + 1,
              jsonb_build_object('firstName', 'Buyer ' || i, 'lastName', 'Family' || (i % 5000)),
              a.created_at, a.created_at,
              case when random() < 0.05 then a.created_at + random() * ($5::timestamptz - a.created_at) end
         from taken, generate_series($2::int, $3::int) i
        cross join lateral (select $5::timestamptz - interval '1460 days' * (1 - i::float8 / $4) as created_at) a
        order by i`,
      [workspaceId, from, to, count, now],
    );
  }
}

/**
 * The data, set-based, inserted in time order as a live system writes it (the purchases' and the
 * ledger's time follows their physical order, as it does in production, which the time indexes'
 * scans depend on): `customers` customers, `purchases` purchases evenly over the last three years,
 * each of a customer drawn uniformly among those who existed by then (amounts 5–500, 2% pending, 3%
 * half returned, 1% returned in full); one EARN of coins per purchase (a coin
 * per unit of money) at its time, a SPEND of half of it a day later for every tenth and an EXPIRY of a
 * quarter 180 days later for every fortieth (when that is past), the balances their sums; three tiers
 * holding 70% of the customers; RFM recomputed once through the service.
 */
export async function generateReportsData(
  app: PatronApp,
  pool: pg.Pool,
  options: { customers: number; purchases: number },
  log: (m: string) => void,
): Promise<ReportsData> {
  const start = performance.now();
  const password = `bench-${Date.now().toString(36)}-secret`;
  const { workspace } = await app.services.workspaces.create(WORKSPACE, {
    email: `reports-admin-${Date.now().toString(36)}@bench.patron`,
    name: 'Bench admin',
    password,
  });
  const workspaceId = workspace.id;
  const manager = { email: `reports-manager-${Date.now().toString(36)}@bench.patron`, password };
  await app.services.auth.createStaff(workspaceId, { ...manager, name: 'Bench manager', role: 'MANAGER' });

  const now = new Date();
  await insertCustomers(pool, workspaceId, options.customers, now, log);
  await pool.query('drop table if exists bench_reports_customer');
  await pool.query(
    `create unlogged table bench_reports_customer as
     select row_number() over (order by created_at, id)::int as n, id, created_at from customer where workspace_id = $1`,
    [workspaceId],
  );
  await pool.query('alter table bench_reports_customer add primary key (n)');
  const chunk = 1_000_000;
  for (let from = 1; from <= options.purchases; from += chunk) {
    const to = Math.min(options.purchases, from + chunk - 1);
    log(`reports: inserting purchases ${from.toLocaleString('en')}–${to.toLocaleString('en')}`);
    // Purchase g at its share of the three years; its customer among the first `existing`, those
    // created by then (customers were created evenly over four years, in the order of n).
    await pool.query(
      `insert into purchase (workspace_id, customer_id, idempotency_key, request_hash, amount, paid_amount,
                             payment_status, purchased_at, returned_amount, actor_kind, actor_name)
       select $1, c.id, 'bench-' || g, 'bench', a.amount, a.amount,
              case when a.roll < 0.02 then 'PENDING' else 'PAID' end, a.at,
              case when a.roll < 0.01 then a.amount when a.roll < 0.04 then round(a.amount / 2, 2) else 0 end,
              'system', 'Benchmark'
         from generate_series($2::int, $3::int) g
        cross join lateral (
          select $6::timestamptz - interval '1095 days' * (1 - g::float8 / $5) as at,
                 1 + floor(random() * floor($4 * (365 + 1095 * g::float8 / $5) / 1460))::int as n,
                 round((5 + random() * 495)::numeric, 2) as amount,
                 random() as roll
        ) a
         join bench_reports_customer c on c.n = a.n
        order by g`,
      [workspaceId, from, to, options.customers, options.purchases, now],
    );
  }

  log('reports: inserting ledger operations and balances');
  const client = await pool.connect();
  try {
    await client.query('begin');
    // As ledger_apply_batch does: the balances move once, by the sum of the operations inserted.
    await client.query(`set local patron.ledger_batch = 'on'`);
    await client.query(
      `insert into ledger_operation (workspace_id, customer_id, currency_id, kind, amount, idempotency_key,
                                     request_hash, actor_kind, actor_name, created_at)
       select p.workspace_id, p.customer_id, cur.id, o.kind, o.amount, 'bench-' || o.kind || '-' || p.id,
              'bench', 'system', 'Benchmark', o.at
         from purchase p
         join currency cur on cur.workspace_id = p.workspace_id and cur.key = 'coins'
         cross join lateral (values ('EARN', greatest(1, floor(p.amount)::bigint), p.purchased_at),
                                    ('SPEND', -greatest(1, floor(p.amount / 2)::bigint), p.purchased_at + interval '1 day'),
                                    ('EXPIRY', -greatest(1, floor(p.amount / 4)::bigint), p.purchased_at + interval '180 days')
                            ) o(kind, amount, at)
        where p.workspace_id = $1
          and (o.kind = 'EARN'
               or (o.kind = 'SPEND' and abs(hashtext(p.id::text)) % 10 = 0 and o.at < $2)
               or (o.kind = 'EXPIRY' and abs(hashtext(p.id::text)) % 40 = 1 and o.at < $2))
        order by o.at`,
      [workspaceId, now],
    );
    await client.query(
      `insert into balance (workspace_id, customer_id, currency_id, amount)
       select distinct workspace_id, customer_id, currency_id, 0 from ledger_operation where workspace_id = $1`,
      [workspaceId],
    );
    await client.query(
      `update balance b set amount = s.amount
         from (select customer_id, currency_id, sum(amount) as amount from ledger_operation
                where workspace_id = $1 group by 1, 2) s
        where b.workspace_id = $1 and b.customer_id = s.customer_id and b.currency_id = s.currency_id`,
      [workspaceId],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }

  log('reports: tiers');
  await pool.query(
    `insert into tier (workspace_id, key, name, position, min_purchase_count)
     values ($1, 'bronze', '{"en": "Bronze"}', 1, 1), ($1, 'silver', '{"en": "Silver"}', 2, 3),
            ($1, 'gold', '{"en": "Gold"}', 3, 6)`,
    [workspaceId],
  );
  await pool.query(
    `insert into customer_tier (workspace_id, customer_id, tier_id, since)
     select $1, c.id, t.id, c.created_at
       from bench_reports_customer c
       join tier t on t.workspace_id = $1
                  and t.key = case when c.n % 10 < 4 then 'bronze' when c.n % 10 < 6 then 'silver' else 'gold' end
      where c.n % 10 < 7`,
    [workspaceId],
  );
  log('reports: vacuum analyze');
  await pool.query('vacuum analyze customer, purchase, ledger_operation, balance, customer_tier');
  log('reports: RFM recomputation');
  await app.services.rfm.recompute(workspaceId);
  await pool.query('vacuum analyze customer_rfm');

  const generationSeconds = (performance.now() - start) / 1000;
  await pool.query(
    `create table if not exists bench_reports_meta (workspace_id uuid not null, manager_email text not null,
       manager_password text not null, generation_seconds float8 not null, now timestamptz not null)`,
  );
  await pool.query('delete from bench_reports_meta');
  await pool.query('insert into bench_reports_meta values ($1, $2, $3, $4, $5)', [
    workspaceId,
    manager.email,
    manager.password,
    generationSeconds,
    now,
  ]);
  return {
    workspaceId,
    manager,
    ...(await counts(pool, workspaceId)),
    now,
    generationSeconds,
    generatedNow: true,
  };
}

async function counts(pool: pg.Pool, workspaceId: string) {
  const { rows } = await pool.query<{ customers: number; purchases: number; operations: number }>(
    `select (select count(*) from customer where workspace_id = $1)::int as customers,
            (select count(*) from purchase where workspace_id = $1)::int as purchases,
            (select count(*) from ledger_operation where workspace_id = $1)::int as operations`,
    [workspaceId],
  );
  return rows[0] as { customers: number; purchases: number; operations: number };
}

/** The data generated by an earlier run, if it is there and of the size asked for. */
export async function loadReportsData(
  pool: pg.Pool,
  options: { customers: number; purchases: number },
): Promise<ReportsData | null> {
  const { rows } = await pool
    .query<{
      workspace_id: string;
      manager_email: string;
      manager_password: string;
      generation_seconds: number;
      now: Date;
    }>(`select * from bench_reports_meta`)
    .catch(() => ({ rows: [] }));
  const meta = rows[0];
  if (!meta) return null;
  const n = await counts(pool, meta.workspace_id);
  if (n.customers !== options.customers || n.purchases !== options.purchases) return null;
  return {
    workspaceId: meta.workspace_id,
    manager: { email: meta.manager_email, password: meta.manager_password },
    ...n,
    now: meta.now,
    generationSeconds: meta.generation_seconds,
    generatedNow: false,
  };
}
