import type { MikroORM } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql-array.js';
import { badInput, type FieldProblem, fieldProblem } from '../../graphql/errors.js';
import type { CustomerField } from './customer-fields.js';

const MAX_KEYS = 50;

/** Fields whose value is not in the customer row itself: a module or a plugin computes it in SQL. */
export const isComputed = (f: CustomerField) => f.source !== 'attribute' && f.source !== 'system';

/**
 * The values of computed fields (balances, a plugin's field…) for a page of customers, in one query:
 * each field's own SQL expression over the customer row `c`. Numbers come back as numbers.
 */
export async function computedValues(
  orm: MikroORM,
  workspaceId: string,
  fields: readonly CustomerField[],
  customerIds: readonly string[],
  keys: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  const byKey = new Map(fields.filter(isComputed).map((f) => [f.key, f]));
  if (keys.length > MAX_KEYS)
    throw badInput([fieldProblem(['keys'], 'COMPUTED_FIELDS_TOO_MANY', { max: MAX_KEYS })]);
  const problems: FieldProblem[] = [];
  const wanted: CustomerField[] = [];
  keys.forEach((key, i) => {
    const field = byKey.get(key);
    if (field) wanted.push(field);
    else problems.push(fieldProblem(['keys', i], 'COMPUTED_FIELD_UNKNOWN', { key: JSON.stringify(key) }));
  });
  if (problems.length) throw badInput(problems);
  const result = new Map<string, Record<string, unknown>>();
  if (wanted.length === 0 || customerIds.length === 0) return result;
  const rows = await orm.em.getConnection().execute<Record<string, unknown>[]>(
    `select c.id, ${wanted.map((f, i) => `${f.sql.expr} as v${i}`).join(', ')}
       from customer c where c.workspace_id = ? and c.id = any(?::uuid[])`,
    [workspaceId, pgArray([...customerIds])],
  );
  for (const row of rows) {
    const values: Record<string, unknown> = {};
    wanted.forEach((f, i) => {
      const value = row[`v${i}`];
      values[f.key] = f.kind === 'number' && value != null ? Number(value) : value;
    });
    result.set(String(row.id), values);
  }
  return result;
}
