import type pg from 'pg';

/**
 * The migrator's own records: a backup lists the migrations in its manifest instead, and a restore
 * makes both tables anew by migrating (see the README).
 */
export const NOT_BACKED_UP = ['mikro_orm_migrations', 'db_function_source'];

export interface TableShape {
  name: string;
  columns: { name: string; type: string }[];
}

/**
 * Patron's tables (schema public) with their stored columns, each table after every table its
 * foreign keys point to, so loading them in this order never meets a missing row. A table's
 * references to itself (a merged customer, a reversal) are checked at the end of its COPY.
 */
export async function tablesInLoadOrder(client: pg.ClientBase): Promise<TableShape[]> {
  const { rows: columns } = await client.query<{ table: string; name: string; type: string }>(
    `select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where n.nspname = 'public' and c.relkind = 'r' and not (c.relname = any($1))
      order by c.relname, a.attnum`,
    [NOT_BACKED_UP],
  );
  const { rows: references } = await client.query<{ table: string; target: string }>(
    `select distinct c.relname as table, t.relname as target
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid
       join pg_class t on t.oid = k.confrelid
      where k.contype = 'f' and k.connamespace = 'public'::regnamespace and k.conrelid <> k.confrelid`,
  );
  const shapes = new Map<string, TableShape>();
  for (const { table, name, type } of columns) {
    const shape = shapes.get(table) ?? { name: table, columns: [] };
    shape.columns.push({ name, type });
    shapes.set(table, shape);
  }
  return inDependencyOrder([...shapes.keys()], references).map((name) => shapes.get(name) as TableShape);
}

/** Kahn's order, ties by name so that two backups of one schema list their tables alike. */
export function inDependencyOrder(
  tables: string[],
  references: { table: string; target: string }[],
): string[] {
  const waitingFor = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { table, target } of references) {
    if (waitingFor.has(table) && waitingFor.has(target)) waitingFor.get(table)?.add(target);
  }
  const order: string[] = [];
  while (waitingFor.size) {
    const ready = [...waitingFor].filter(([, targets]) => targets.size === 0).map(([table]) => table);
    if (!ready.length) {
      throw new Error(
        `the foreign keys of these tables form a cycle, so no load order exists: ${[...waitingFor.keys()].join(', ')}`,
      );
    }
    for (const table of ready.sort()) {
      order.push(table);
      waitingFor.delete(table);
      for (const targets of waitingFor.values()) targets.delete(table);
    }
  }
  return order;
}

/** Sequences of the backed-up tables (identity columns' included) with where they stand. */
export async function sequenceValues(
  client: pg.ClientBase,
): Promise<{ name: string; lastValue: string; isCalled: boolean }[]> {
  const { rows } = await client.query<{ name: string }>(
    `select s.relname as name
       from pg_class s
       join pg_namespace n on n.oid = s.relnamespace
      where n.nspname = 'public' and s.relkind = 'S'
        and not exists (
          select from pg_depend d join pg_class t on t.oid = d.refobjid
           where d.classid = 'pg_class'::regclass and d.objid = s.oid
             and d.refclassid = 'pg_class'::regclass and t.relname = any($1))
      order by 1`,
    [NOT_BACKED_UP],
  );
  const values = [];
  for (const { name } of rows) {
    const { rows: state } = await client.query<{ last_value: string; is_called: boolean }>(
      `select last_value::text, is_called from public.${client.escapeIdentifier(name)}`,
    );
    values.push({ name, lastValue: state[0]?.last_value ?? '1', isCalled: state[0]?.is_called ?? false });
  }
  return values;
}

/**
 * Tables with triggers of Patron's own (not the foreign keys' internal ones): the balance guard,
 * the ledger's balance trigger and immutability, customer numbering.
 */
export async function tablesWithTriggers(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select distinct c.relname as name
       from pg_trigger g join pg_class c on c.oid = g.tgrelid
      where c.relnamespace = 'public'::regnamespace and not g.tgisinternal
      order by 1`,
  );
  return rows.map((r) => r.name);
}

export function quoted(client: pg.ClientBase, table: TableShape): { table: string; columns: string } {
  return {
    table: `public.${client.escapeIdentifier(table.name)}`,
    columns: table.columns.map((c) => client.escapeIdentifier(c.name)).join(', '),
  };
}
