import type { Actor } from '@patron/sdk';
import type { Run } from '../../db/prepared-pool.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import { searchColumns } from '../customer-search/search-document.js';
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
  const history: { customer_id: string; type: string; event: string; changes: unknown }[] = [];
  const ids = customers.map((c) => {
    const { folded, searchText } = searchColumns(c.values, definitions);
    if (!c.existing) {
      const id = crypto.randomUUID();
      created.push({ id, attributes: c.values, folded, search_text: searchText, tags: c.tags });
      history.push({ customer_id: id, ...type(CUSTOMER_HISTORY.created), changes: c.changes });
      return id;
    }
    const { id, tags: before } = c.existing;
    const tagsChanged = c.tags.length !== before.length || c.tags.some((t, i) => t !== before[i]);
    if (c.changes.length === 0 && !tagsChanged) return null;
    updated.push({ id, attributes: c.values, folded, search_text: searchText, tags: c.tags });
    if (c.changes.length > 0)
      history.push({ customer_id: id, ...type(CUSTOMER_HISTORY.updated), changes: c.changes });
    if (tagsChanged) {
      const label = (tagIds: string[]) => tagIds.map((t) => tagNames.get(t) ?? t);
      history.push({
        customer_id: id,
        ...type(CUSTOMER_HISTORY.tagged),
        changes: [{ key: 'tags', oldValue: label(before), newValue: label(c.tags) }],
      });
    }
    return id;
  });
  if (created.length > 0)
    await run(
      `insert into customer (workspace_id, id, status, attributes, folded, search_text, tags)
       select ?, r.id, 'ACTIVE', r.attributes, r.folded, r.search_text, r.tags
         from jsonb_to_recordset(?::jsonb) as r(id uuid, attributes jsonb, folded jsonb, search_text text, tags uuid[])`,
      [workspaceId, JSON.stringify(created)],
    );
  if (updated.length > 0)
    await run(
      `update customer c set attributes = r.attributes, folded = r.folded, search_text = r.search_text,
         tags = r.tags, updated_at = now()
         from jsonb_to_recordset(?::jsonb) as r(id uuid, attributes jsonb, folded jsonb, search_text text, tags uuid[])
        where c.workspace_id = ? and c.id = r.id`,
      [JSON.stringify(updated), workspaceId],
    );
  if (history.length > 0)
    // The rows history_record writes, for all customers at once: same columns, same outbox payload.
    await run(
      `with h as (
         select r.customer_id, r.type, r.event, r.changes, now() as at
           from jsonb_to_recordset(?::jsonb) as r(customer_id uuid, type text, event text, changes jsonb)
       ), hist as (
         insert into history_event (workspace_id, customer_id, type, actor_kind, actor_id, actor_name, occurred_at, changes)
         select ?, customer_id, type, ?, ?, ?, at, changes from h
       )
       insert into outbox_event (workspace_id, type, payload, created_at)
       select ?, event, jsonb_build_object('customerId', customer_id,
           'actor', jsonb_build_object('kind', ?::text, 'id', ?::text, 'name', ?::text),
           'changes', changes,
           'occurredAt', to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')), at
         from h`,
      [
        JSON.stringify(history),
        workspaceId,
        actor.kind,
        actor.id,
        actor.name,
        workspaceId,
        actor.kind,
        actor.id,
        actor.name,
      ],
    );
  return ids;
}

function type(t: { type: string; event: string }) {
  return { type: t.type, event: t.event };
}
