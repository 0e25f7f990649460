import type { Actor } from '@patron/sdk';
import type { Run } from '../../db/prepared-pool.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import { searchColumns } from '../customer-search/search-document.js';
import { type HistoryRow, recordHistoryRows } from '../history/history-rows.js';
import { CUSTOMER_HISTORY } from './customer-history.js';

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
 * nothing changes.
 */
export async function writeCustomersWithin(
  run: Run,
  workspaceId: string,
  actor: Actor,
  definitions: readonly AttributeDefinition[],
  customers: readonly BulkCustomer[],
  tagNames: ReadonlyMap<string, string>,
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
  if (created.length > 0)
    // The workspace's next numbers in one step (customer_number_assign.sql keeps a number it is given).
    await run(
      `with taken as (
         insert into customer_number_counter as k (workspace_id, last_number) values (?, ?)
         on conflict (workspace_id) do update set last_number = k.last_number + excluded.last_number
         returning k.last_number - ? as before)
       insert into customer (workspace_id, id, status, attributes, folded, search_text, tags, number)
       select ?, r.id, 'ACTIVE', r.attributes, r.folded, r.search_text, r.tags, taken.before + r.ord
         from taken, jsonb_to_recordset(?::jsonb) as r(id uuid, attributes jsonb, folded jsonb, search_text text, tags uuid[], ord int)`,
      [workspaceId, created.length, created.length, workspaceId, JSON.stringify(created)],
    );
  if (updated.length > 0)
    await run(
      `update customer c set attributes = r.attributes, folded = r.folded, search_text = r.search_text,
         tags = r.tags, updated_at = now()
         from jsonb_to_recordset(?::jsonb) as r(id uuid, attributes jsonb, folded jsonb, search_text text, tags uuid[])
        where c.workspace_id = ? and c.id = r.id`,
      [JSON.stringify(updated), workspaceId],
    );
  await recordHistoryRows(run, workspaceId, actor, history);
  return ids;
}
