import type pg from 'pg';

/**
 * The floor the ledger is measured against: a minimal hand-written transfer on the same database —
 * one UPDATE that checks the balance and one INSERT of the operation, in a transaction.
 */
export async function prepareBaseline(pool: pg.Pool, accounts: number): Promise<void> {
  await pool.query(`
    drop table if exists bench_operation, bench_balance;
    create table bench_balance (id int primary key, amount bigint not null check (amount >= 0));
    create table bench_operation (
      id bigint generated always as identity primary key,
      account_id int not null references bench_balance(id),
      amount bigint not null,
      idempotency_key text not null unique,
      created_at timestamptz not null default now()
    );`);
  await pool.query('insert into bench_balance (id, amount) select g, 0 from generate_series(0, $1 - 1) g', [
    accounts,
  ]);
}

/** Returns the new balance, or null when the account cannot afford it. */
export async function transfer(
  pool: pg.Pool,
  account: number,
  amount: number,
  key: string,
): Promise<number | null> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ amount: string }>(
      'update bench_balance set amount = amount + $2 where id = $1 and amount + $2 >= 0 returning amount',
      [account, amount],
    );
    if (!rows[0]) {
      await client.query('rollback');
      return null;
    }
    await client.query(
      'insert into bench_operation (account_id, amount, idempotency_key) values ($1, $2, $3)',
      [account, amount, key],
    );
    await client.query('commit');
    return Number(rows[0].amount);
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}
