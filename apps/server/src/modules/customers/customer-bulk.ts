import type { Actor } from '@patron/sdk';
import type { Run } from '../../db/prepared-pool.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import { searchColumns } from '../customer-search/search-document.js';
import { type HistoryRow, recordHistoryRows } from '../history/history-rows.js';
import { CUSTOMER_HISTORY } from './customer-history.js';
import { type CustomerNumbering, countFollowed, numbersFor } from './customer-numbers.js';

export interface AttributeChange {
  key: string;
  oldValue: unknown;
  newValue: unknown;
}

/** One customer of a bulk write: new when `existing` is absent, else the stored one it replaces. */
export interface BulkCustomer {
  /** Every attribute value to store (already checked by the registry). */
  values: Record<string, unknown>;
  /** What history records: for a new customer every value, for a stored one what differs. */
  changes: AttributeChange[];
  tags: string[];
  existing?: { id: string; tags: string[] };
}

/**
 * New and changed customers set-based, in the caller's transaction, with the rows history_record
 * writes (CUSTOMER_CREATED, CUSTOMER_UPDATED, CUSTOMER_TAGGED: same columns, same outbox payload).
 * Returns each customer's id (new ones made here) in input order, null for a stored one that
 * nothing changes. New customers are numbered from the workspace's counter, or after an earlier write
 * still under way (`numbering`, see customer-numbers.ts).
 */
export async function writeCustomersWithin(
  run: Run,
  workspaceId: string,
  actor: Actor,
  definitions: readonly AttributeDefinition[],
  customers: readonly BulkCustomer[],
  tagNames: ReadonlyMap<string, string>,
  numbering?: CustomerNumbering,
): Promise<(string | null)[]> {
  const created: unknown[] = [];
  const updated: unknown[] = [];
  const history: HistoryRow[] = [];
  const ids = customers.map((c) => {
    if (!c.existing) {
      const { folded, searchText } = searchColumns(c.values, definitions);
      const id = crypto.randomUUID();
      created.push({
        id,
        attributes: c.values,
        folded,
        search_text: searchText,
        tags: c.tags,
        ord: created.length + 1,
      });
      history.push({ customerId: id, type: CUSTOMER_HISTORY.created, changes: c.changes });
      return id;
    }
    const { id, tags: before } = c.existing;
    const tagsChanged = c.tags.length !== before.length || c.tags.some((t, i) => t !== before[i]);
    if (c.changes.length === 0 && !tagsChanged) return null;
    const { folded, searchText } = searchColumns(c.values, definitions);
    updated.push({ id, attributes: c.values, folded, search_text: searchText, tags: c.tags });
    if (c.changes.length > 0)
      history.push({ customerId: id, type: CUSTOMER_HISTORY.updated, changes: c.changes });
    if (tagsChanged) {
      const label = (tagIds: string[]) => tagIds.map((t) => tagNames.get(t) ?? t);
      history.push({
        customerId: id,
        type: CUSTOMER_HISTORY.tagged,
        changes: [{ key: 'tags', oldValue: label(before), newValue: label(c.tags) }],
      });
    }
    return id;
  });
  if (created.length > 0) {
    // Numbers given here are kept by customer_number_assign.sql.
    const before = await numbersFor(run, workspaceId, created.length, numbering);
    await run(
      `insert into customer (workspace_id, id, status, attributes, folded, search_text, tags, number)
       select ?, r.id, 'ACTIVE', r.attributes, r.folded, r.search_text, r.tags, ?::int + r.ord
         from jsonb_to_recordset(?::jsonb) as r(id uuid, attributes jsonb, folded jsonb, search_text text, tags uuid[], ord int)`,
      [workspaceId, before, JSON.stringify(created)],
    );
  } else numbering?.took(null);
  if (updated.length > 0)
    await run(
      `update customer c set attributes = r.attributes, folded = r.folded, search_text = r.search_text,
         tags = r.tags, updated_at = now()
         from jsonb_to_recordset(?::jsonb) as r(id uuid, attributes jsonb, folded jsonb, search_text text, tags uuid[])
        where c.workspace_id = ? and c.id = r.id`,
      [JSON.stringify(updated), workspaceId],
    );
  await recordHistoryRows(run, workspaceId, actor, history);
  // Last, so the wait for the earlier write's end comes after this write's own rows.
  await countFollowed(run, workspaceId, created.length, numbering);
  return ids;
}
