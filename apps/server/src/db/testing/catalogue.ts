import pg from 'pg';

/**
 * What a database's public schema is made of, as rows that compare equal between two databases built
 * the same way: names instead of oids, definitions as PostgreSQL prints them.
 */
const QUERIES = {
  extensions: `select extname as name, extversion from pg_extension order by 1`,
  tables: `select c.relname as name, c.relkind, c.relpersistence, c.reloptions::text as options
             from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f') order by 1`,
  columns: `select c.relname || '.' || a.attname as name, a.attnum, format_type(a.atttypid, a.atttypmod) as type,
                   a.attnotnull, pg_get_expr(d.adbin, d.adrelid) as default, a.attidentity, a.attgenerated,
                   a.attstattarget, co.collname
              from pg_attribute a
              join pg_class c on c.oid = a.attrelid
              join pg_namespace n on n.oid = c.relnamespace
              left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
              left join pg_collation co on co.oid = a.attcollation and co.collname <> 'default'
             where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
             order by 1`,
  constraints: `select c.relname || '.' || k.conname as name, k.contype, pg_get_constraintdef(k.oid) as definition,
                       k.condeferrable, k.condeferred, k.convalidated
                  from pg_constraint k
                  join pg_class c on c.oid = k.conrelid
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' order by 1`,
  indexes: `select indexname as name, tablename, indexdef from pg_indexes where schemaname = 'public' order by 1`,
  triggers: `select c.relname || '.' || t.tgname as name, pg_get_triggerdef(t.oid) as definition, t.tgenabled
               from pg_trigger t
               join pg_class c on c.oid = t.tgrelid
               join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = 'public' and not t.tgisinternal order by 1`,
  functions: `select p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as name,
                     pg_get_functiondef(p.oid) as definition
                from pg_proc p join pg_namespace n on n.oid = p.pronamespace
               where n.nspname = 'public'
                 and not exists (select from pg_depend d
                                  where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
               order by 1`,
  domains: `select t.typname as name, format_type(t.typbasetype, t.typtypmod) as base, t.typnotnull, t.typdefault,
                   (select string_agg(k.conname || ': ' || pg_get_constraintdef(k.oid), '; ' order by k.conname)
                      from pg_constraint k where k.contypid = t.oid) as checks
              from pg_type t join pg_namespace n on n.oid = t.typnamespace
             where n.nspname = 'public' and t.typtype = 'd' order by 1`,
  sequences: `select sequencename as name, data_type::text, start_value, increment_by, min_value, max_value, cycle
                from pg_sequences where schemaname = 'public' order by 1`,
  types: `select t.typname as name, t.typtype from pg_type t join pg_namespace n on n.oid = t.typnamespace
           where n.nspname = 'public' and t.typtype <> 'd' and t.typname not like '\\_%'
             and not exists (select from pg_depend d
                              where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
           order by 1`,
};

export type Catalogue = Record<keyof typeof QUERIES, Record<string, unknown>[]>;

/**
 * The catalogue of the database at `url`. Planner statistics objects are left out: the app makes
 * them for the attributes a database holds (filter-statistics.ts), so they follow the data.
 */
export async function catalogue(url: string): Promise<Catalogue> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = {} as Catalogue;
    for (const [section, sql] of Object.entries(QUERIES)) {
      result[section as keyof Catalogue] = (await client.query(sql)).rows;
    }
    return result;
  } finally {
    await client.end();
  }
}
