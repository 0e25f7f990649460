import type { Actor, HistoryEventTypeDefinition } from '@patron/sdk';
import type { Run } from '../../db/prepared-pool.js';

export interface HistoryRow {
  customerId: string;
  type: HistoryEventTypeDefinition;
  changes: unknown[];
}

/**
 * History rows for many customers at once, with their outbox twins: the rows `history_record` writes
 * one at a time (same columns, same payload), for an import's chunk or a bulk consent change.
 */
export async function recordHistoryRows(
  run: Run,
  workspaceId: string,
  actor: Actor,
  rows: readonly HistoryRow[],
): Promise<void> {
  if (rows.length === 0) return;
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
      JSON.stringify(
        rows.map((r) => ({
          customer_id: r.customerId,
          type: r.type.type,
          event: r.type.event,
          changes: r.changes,
        })),
      ),
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
}
