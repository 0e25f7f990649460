import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AttributeTypeName } from '@patron/sdk';
import { pgArray } from '../../db/sql-array.js';
import { attributeSql } from './customer-fields.js';

/**
 * The planner knows nothing about values inside the attributes JSONB, so it guesses how many
 * customers a condition like `visits >= 4` or `city in (…)` keeps — and with a wrong guess it sorts
 * thousands of bitmap rows instead of walking the sort index for one page. Expression statistics on
 * each filterable attribute's exact filter expression give it real histograms and common values.
 * One statistics object per expression, shared by every workspace (like the sort indexes).
 */
export function statisticsName(expr: string): string {
  return `customer_stat_${createHash('sha256').update(expr).digest('hex').slice(0, 16)}`;
}

/** Expressions worth statistics: scalar conditions (lists of values are matched by containment). */
function statisticsExpr(def: { key: string; type: AttributeTypeName }): string | null {
  const sql = attributeSql(def, '');
  return sql.form === 'jsonArray' || sql.form === 'uuidArray' ? null : sql.expr;
}

/**
 * Creates the statistics these attributes lack, then analyzes the customer table so they are filled
 * (about 2 s at a million customers, only when something was created). Returns how many were created.
 */
export async function ensureFilterStatistics(
  orm: MikroORM,
  definitions: readonly { key: string; type: AttributeTypeName }[],
): Promise<number> {
  const conn = orm.em.getConnection();
  const wanted = new Map<string, string>();
  for (const def of definitions) {
    const expr = statisticsExpr(def);
    if (expr) wanted.set(statisticsName(expr), expr);
  }
  if (wanted.size === 0) return 0;
  const existing = new Set(
    (
      await conn.execute<{ stxname: string }[]>(
        'select stxname from pg_statistic_ext where stxname = any(?::text[])',
        [pgArray([...wanted.keys()])],
      )
    ).map((r) => r.stxname),
  );
  let created = 0;
  for (const [name, expr] of wanted) {
    if (existing.has(name)) continue;
    await conn.execute(`create statistics if not exists ${name} on (${expr}) from customer`);
    created++;
  }
  if (created > 0) await conn.execute('analyze customer');
  return created;
}
