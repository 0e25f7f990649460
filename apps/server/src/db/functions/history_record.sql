-- The SQL twin of HistoryService.record: one history row and its outbox event (same rows, same
-- payload), for writers in SQL (recordHistory for purchases, returns and referrals; tiers; groups).
-- PL/pgSQL, not SQL: a SQL function is parsed and planned again in every transaction (PostgreSQL
-- caches SQL function plans only from 18 on); PL/pgSQL keeps the plans of its two inserts for the
-- life of the connection. ledger_apply and the batch functions write the same two rows themselves.

create or replace function history_record(p_workspace uuid, p_customer uuid, p_type text, p_outbox_type text,
    p_actor_kind text, p_actor_id text, p_actor_name text, p_changes jsonb, p_at timestamptz)
  returns void language plpgsql as $$
begin
  insert into history_event (workspace_id, customer_id, type, actor_kind, actor_id, actor_name, occurred_at, changes)
    values (p_workspace, p_customer, p_type, p_actor_kind, p_actor_id, p_actor_name, p_at, p_changes);
  insert into outbox_event (workspace_id, type, payload, created_at)
    values (p_workspace, p_outbox_type,
      jsonb_build_object('customerId', p_customer,
        'actor', jsonb_build_object('kind', p_actor_kind, 'id', p_actor_id, 'name', p_actor_name),
        'changes', p_changes,
        'occurredAt', to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
      p_at);
end $$;
