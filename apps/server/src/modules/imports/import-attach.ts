import type { Actor } from '@patron/sdk';
import type { Run } from '../../db/prepared-pool.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import { searchColumns } from '../customer-search/search-document.js';
import { CUSTOMER_HISTORY } from '../customers/customer-history.js';
import type { Classified } from './import-classify.js';

/**
 * ATTACH rows become child profiles as `customers.create(…, 'ATTACH_AS_CHILD')` makes them: stored as
 * they arrived with `main_customer_id` and `deleted_at` set (out of lists and uniqueness, see
 * modules/duplicates), `CUSTOMER_CREATED` on the child and `CUSTOMER_PROFILE_ATTACHED` on the main.
 */
export async function writeAttached(
  run: Run,
  ws: string,
  actor: Actor,
  definitions: AttributeDefinition[],
  classified: Classified[],
): Promise<void> {
  const children = classified
    .filter((c) => c.outcome === 'ATTACH' && c.mainId)
    .map((c) => {
      const { folded, searchText } = searchColumns(c.values, definitions);
      return {
        c,
        row: {
          id: crypto.randomUUID(),
          main: c.mainId,
          attributes: c.values,
          folded,
          search_text: searchText,
          tags: c.tagIds,
        },
      };
    });
  if (children.length === 0) return;
  await run(
    `insert into customer (workspace_id, id, status, attributes, folded, search_text, tags, main_customer_id, deleted_at)
     select ?, r.id, 'ACTIVE', r.attributes, r.folded, r.search_text, r.tags, r.main, now()
       from jsonb_to_recordset(?::jsonb) as r(id uuid, main uuid, attributes jsonb, folded jsonb, search_text text, tags uuid[])`,
    [ws, JSON.stringify(children.map((x) => x.row))],
  );
  const history = (customerId: string, t: { type: string; event: string }, changes: unknown) =>
    run('select history_record(?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())', [
      ws,
      customerId,
      t.type,
      t.event,
      actor.kind,
      actor.id,
      actor.name,
      JSON.stringify(changes),
    ]);
  for (const { c, row } of children) {
    await history(row.id, CUSTOMER_HISTORY.created, c.changes);
    const profile = { id: row.id, source: c.values.source ?? null, subSource: c.values.subSource ?? null };
    await history(row.main as string, CUSTOMER_HISTORY.profileAttached, [
      { key: 'childProfile', oldValue: null, newValue: profile },
    ]);
  }
}
