import type pg from 'pg';

/**
 * One customer's purchases written straight into the tables, as many years at a till would have left
 * them: a purchase row, its PURCHASE_RECORDED history row and the running totals. (Recording 20,000
 * purchases through the service would take minutes and measure nothing the merge does.)
 */
export async function givePurchases(
  pool: pg.Pool,
  workspaceId: string,
  customerId: string,
  count: number,
  tag: string,
): Promise<void> {
  await pool.query(
    `insert into purchase (workspace_id, customer_id, idempotency_key, request_hash, amount, paid_amount,
       payment_status, purchased_at, actor_kind, actor_name)
     select $1, $2, $3 || ':' || i, 'bench', 10 + i % 90, 10 + i % 90, 'PAID',
            now() - make_interval(hours => i), 'system', 'Benchmark'
       from generate_series(1, $4) i`,
    [workspaceId, customerId, tag, count],
  );
  await pool.query(
    `insert into history_event (workspace_id, customer_id, type, actor_kind, actor_name, changes)
     select $1, $2, 'PURCHASE_RECORDED', 'system', 'Benchmark',
            jsonb_build_array(jsonb_build_object('key', 'purchase', 'oldValue', null, 'newValue', i))
       from generate_series(1, $3) i`,
    [workspaceId, customerId, count],
  );
  await pool.query(
    `insert into customer_purchase_stats (customer_id, workspace_id, total, count, first_purchase_at, last_purchase_at)
     select customer_id, workspace_id, sum(amount), count(*), min(purchased_at), max(purchased_at)
       from purchase where workspace_id = $1 and customer_id = $2 group by 1, 2
     on conflict (workspace_id, customer_id) do update set total = excluded.total, count = excluded.count`,
    [workspaceId, customerId],
  );
}

/**
 * The hand-written baseline: the plain statements that move one customer's rows to another in one
 * transaction (history, purchases, returns, groups, referrals, the running totals, the merged row).
 * No ledger operations, no merge record, no checks.
 */
export async function baselineMerge(pool: pg.Pool, workspaceId: string, mainId: string, mergedId: string) {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const args = [mainId, workspaceId, mergedId];
    await client.query(
      'update history_event set customer_id = $1 where workspace_id = $2 and customer_id = $3',
      args,
    );
    await client.query(
      'update purchase set customer_id = $1 where workspace_id = $2 and customer_id = $3',
      args,
    );
    await client.query(
      'update purchase_return set customer_id = $1 where workspace_id = $2 and customer_id = $3',
      args,
    );
    await client.query(
      `insert into customer_group_member (workspace_id, group_id, customer_id)
       select workspace_id, group_id, $1 from customer_group_member where workspace_id = $2 and customer_id = $3
       on conflict do nothing`,
      args,
    );
    await client.query('delete from customer_group_member where workspace_id = $1 and customer_id = $2', [
      workspaceId,
      mergedId,
    ]);
    await client.query(
      'update referral set referrer_id = $1 where workspace_id = $2 and referrer_id = $3',
      args,
    );
    await client.query(
      `update customer_purchase_stats m set total = m.total + o.total, count = m.count + o.count
         from customer_purchase_stats o
        where m.workspace_id = $2 and m.customer_id = $1 and o.workspace_id = $2 and o.customer_id = $3`,
      args,
    );
    await client.query('delete from customer_purchase_stats where workspace_id = $1 and customer_id = $2', [
      workspaceId,
      mergedId,
    ]);
    await client.query(
      'update customer set main_customer_id = $1, deleted_at = now() where workspace_id = $2 and id = $3',
      args,
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Customers for the duplicate-candidates query, drawn at random (seeded): 200 first names, 5,000 last
 * names, birth dates over 60 years, one email in a hundred shared with another customer; plus 2,000
 * customers with a placeholder birth date and first name (an import's default), which the query skips.
 */
export async function generateCustomers(pool: pg.Pool, workspaceId: string, count: number): Promise<void> {
  await pool.query('select setseed(0.42)');
  const chunk = 100_000;
  for (let from = 0; from < count; from += chunk) {
    // Numbers taken in one step: the trigger's upsert per row would walk 100,000 versions of the counter row.
    await pool.query(
      `with taken as (
         insert into customer_number_counter as k (workspace_id, last_number) values ($1, $3::int - $2::int + 1)
         on conflict (workspace_id) do update set last_number = k.last_number + excluded.last_number
         returning k.last_number - ($3::int - $2::int + 1) as before)
       insert into customer (workspace_id, number, attributes)
       select $1, taken.before + i - $2::int + 1, jsonb_build_object(
           'firstName', (array['Ali','Reza','Sara','Maryam','Ivan','Olga','Anna','Dmitry','Zahra','Mohammad',
                               'Elena','Sergey','Fatemeh','Hossein','Maria','Alexander','Nikolai','Leila','Amir','Irina'])
                        [1 + floor(random() * 20)::int]
                        || (array['','a','o','e','i','u','y','an','ey','ov'])[1 + floor(random() * 10)::int],
           'lastName', 'Family' || floor(random() * 5000)::int,
           'birthDate', case when i <= 2000 then '1970-01-01'
                             else to_char(date '1950-01-01' + floor(random() * 21900)::int, 'YYYY-MM-DD') end,
           'email', 'person' || (case when i % 100 = 0 then i + 1 else i end) || '@bench.test')
         from taken, generate_series($2::int, $3::int) i`,
      [workspaceId, from + 1, Math.min(from + chunk, count)],
    );
  }
  await pool.query(
    `update customer set attributes = attributes || '{"firstName": "Ali"}'
      where workspace_id = $1 and attributes->>'birthDate' = '1970-01-01'`,
    [workspaceId],
  );
  await pool.query('analyze customer');
}
