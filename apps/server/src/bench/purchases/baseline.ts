import type pg from 'pg';
import { prepareBaseline } from '../ledger/baseline.js';

/** An item of a baseline purchase: `product` is the stock row of a tracked product, or null. */
export interface BaselineItem {
  product: number | null;
  sku: string;
  name: string;
  quantity: number;
  price: number;
}

/**
 * The floor a purchase is measured against: a hand-written purchase on the same database, in one
 * transaction — the purchase row, its items in one INSERT, one checked UPDATE of the tracked item's
 * stock, one balance UPDATE plus its operation INSERT (bench:ledger's tables). The return undoes it:
 * the purchase marked returned, a return row, the stock put back, the earning taken back.
 */
export async function preparePurchaseBaseline(pool: pg.Pool, customers: number, products: number) {
  await prepareBaseline(pool, customers);
  await pool.query(`
    drop table if exists bench_return, bench_purchase_item, bench_purchase, bench_stock;
    create table bench_stock (id int primary key, on_hand numeric(14, 3) not null check (on_hand >= 0));
    create table bench_purchase (
      id bigint generated always as identity primary key,
      customer_id int not null references bench_balance(id),
      amount numeric(14, 2) not null,
      earned bigint not null,
      returned_amount numeric(14, 2) not null default 0,
      idempotency_key text not null unique,
      created_at timestamptz not null default now()
    );
    create table bench_purchase_item (
      id bigint generated always as identity primary key,
      purchase_id bigint not null references bench_purchase(id),
      product_id int references bench_stock(id),
      sku text not null,
      name text not null,
      quantity numeric(14, 3) not null,
      price numeric(14, 2) not null
    );
    create index on bench_purchase_item (purchase_id);
    create table bench_return (
      id bigint generated always as identity primary key,
      purchase_id bigint not null references bench_purchase(id),
      amount numeric(14, 2) not null,
      idempotency_key text not null unique,
      created_at timestamptz not null default now()
    );`);
  await pool.query(
    'insert into bench_stock (id, on_hand) select g, 1000000 from generate_series(0, $1 - 1) g',
    [products],
  );
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T | null>) {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query(result === null ? 'rollback' : 'commit');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/** Returns the purchase's id, or null when the tracked item is out of stock. */
export function purchase(
  pool: pg.Pool,
  customer: number,
  items: BaselineItem[],
  amount: number,
  earned: number,
  key: string,
): Promise<string | null> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      'insert into bench_purchase (customer_id, amount, earned, idempotency_key) values ($1, $2, $3, $4) returning id',
      [customer, amount, earned, key],
    );
    const id = (rows[0] as { id: string }).id;
    await client.query(
      `insert into bench_purchase_item (purchase_id, product_id, sku, name, quantity, price)
       select $1, * from unnest($2::int[], $3::text[], $4::text[], $5::numeric[], $6::numeric[])`,
      [
        id,
        items.map((i) => i.product),
        items.map((i) => i.sku),
        items.map((i) => i.name),
        items.map((i) => i.quantity),
        items.map((i) => i.price),
      ],
    );
    const tracked = items.find((i) => i.product !== null) as BaselineItem;
    const { rowCount } = await client.query(
      'update bench_stock set on_hand = on_hand - $2 where id = $1 and on_hand >= $2',
      [tracked.product, tracked.quantity],
    );
    if (!rowCount) return null;
    await client.query('update bench_balance set amount = amount + $2 where id = $1', [customer, earned]);
    await client.query(
      'insert into bench_operation (account_id, amount, idempotency_key) values ($1, $2, $3)',
      [customer, earned, `purchase:${id}:earn`],
    );
    return id;
  });
}

/** Returns the whole purchase; false when it was returned already. */
export async function returnPurchase(pool: pg.Pool, purchaseId: string, key: string): Promise<boolean> {
  const done = await inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ customer_id: number; amount: string; earned: string }>(
      `update bench_purchase set returned_amount = amount where id = $1 and returned_amount = 0
        returning customer_id, amount, earned`,
      [purchaseId],
    );
    const bought = rows[0];
    if (!bought) return null;
    await client.query(
      'insert into bench_return (purchase_id, amount, idempotency_key) values ($1, $2, $3)',
      [purchaseId, bought.amount, key],
    );
    await client.query(
      `update bench_stock s set on_hand = s.on_hand + i.quantity from bench_purchase_item i
        where i.purchase_id = $1 and i.product_id = s.id`,
      [purchaseId],
    );
    await client.query('update bench_balance set amount = amount - $2 where id = $1 and amount >= $2', [
      bought.customer_id,
      bought.earned,
    ]);
    await client.query(
      'insert into bench_operation (account_id, amount, idempotency_key) values ($1, $2, $3)',
      [bought.customer_id, -Number(bought.earned), `return:${key}`],
    );
    return true;
  });
  return done === true;
}
