import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { anniversaryKeySql } from './compile-filter.js';
import { attributeSortExpr, keyLiteral } from './customer-fields.js';

/** Postgres names are at most 63 bytes; long keys get a hash so two keys never share a name. */
export function sortIndexName(key: string): string {
  const name = `customer_sort_${key.toLowerCase()}`;
  return name.length <= 55 && key === key.toLowerCase()
    ? name
    : `customer_sort_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/**
 * A custom attribute gets a keyset index on its value the moment it is defined, so sorting by it
 * is an index range scan at any size. Shared by every workspace with an attribute of that key;
 * built concurrently so writers are never blocked.
 */
export async function ensureSortIndex(orm: MikroORM, key: string): Promise<void> {
  await orm.em
    .getConnection()
    .execute(
      `create index concurrently if not exists ${sortIndexName(key)} on customer (workspace_id, ${attributeSortExpr(key, '')}, id) where deleted_at is null`,
    );
}

export function anniversaryIndexName(key: string): string {
  return sortIndexName(key).replace('customer_sort_', 'customer_anniv_');
}

/**
 * A date attribute's anniversaries ("birthday in the next 30 days") are a range of its month-day
 * key `substr(value, 6, 5)`; this index makes that range an index scan instead of reading every
 * customer. Created with the attribute and, for attributes defined before it existed, on start.
 */
export async function ensureAnniversaryIndex(orm: MikroORM, key: string): Promise<void> {
  const conn = orm.em.getConnection();
  const name = anniversaryIndexName(key);
  const [found] = await conn.execute<unknown[]>('select 1 from pg_class where relname = ?', [name]);
  if (found) return;
  const expr = anniversaryKeySql(`(attributes->>${keyLiteral(key)})`);
  await conn.execute(
    `create index concurrently if not exists ${name} on customer (workspace_id, ${expr}) where deleted_at is null`,
  );
}
