-- Bulk balance adjustments: applies lines p_from..p_to of a confirmed batch in one transaction and
-- returns the lines written. Additions are set-based (one UPDATE of the balances, one INSERT per
-- table); subtractions go one by one through ledger_apply (they take from grants). Every line's
-- operation carries the key batch:<id>:<line>, so a chunk run twice writes nothing twice.
--
-- Chunks of one batch may run in parallel: each locks its balances in customer order, so they never
-- wait on each other in a circle. Every lookup is a probe of a key (the line's idempotency key, its
-- balance through the primary key from the chunk's customers), so the plan does not depend on
-- statistics that know nothing yet of a new batch or a new currency. Planned for each chunk's own
-- values (force_custom_plan): a cached generic plan cannot see that one batch is 100,000 lines.

create or replace function ledger_apply_batch(p_workspace uuid, p_batch uuid, p_from int, p_to int,
    p_outbox_type text)
  returns int language plpgsql set plan_cache_mode = force_custom_plan as $$
declare
  b balance_batch;
  v_key text;
  v_scale int;
  v_added int := 0;
  v_subtracted int := 0;
  v_refused int := 0;
  v_line record;
  v_result jsonb;
  v_prefix text := 'batch:' || p_batch::text || ':';
  v_operation jsonb;
  v_actor jsonb;
  v_occurred text := to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
begin
  select * into b from balance_batch where workspace_id = p_workspace and id = p_batch;
  select key, (10 ^ decimals)::int into v_key, v_scale from currency
   where workspace_id = p_workspace and id = b.currency_id;
  -- The same for every line: built once, not per line.
  v_operation := jsonb_build_object('key', 'operation', 'oldValue', null,
    'newValue', jsonb_build_object('kind', 'ADJUSTMENT', 'reason', b.reason, 'batch', p_batch));
  v_actor := jsonb_build_object('kind', b.actor_kind, 'id', b.actor_id, 'name', b.actor_name);

  insert into balance (workspace_id, customer_id, currency_id)
    select distinct p_workspace, customer_id, b.currency_id from balance_batch_row
     where workspace_id = p_workspace and batch_id = p_batch and line between p_from and p_to and problem is null
    on conflict (workspace_id, customer_id, currency_id) do nothing;
  -- Lock the chunk's balances in one order, so two batches never wait on each other in a circle.
  perform 1 from (select distinct customer_id from balance_batch_row
                   where workspace_id = p_workspace and batch_id = p_batch and line between p_from and p_to
                     and problem is null
                   order by customer_id) r
    cross join lateral (select 1 from balance bal
                         where bal.workspace_id = p_workspace and bal.customer_id = r.customer_id
                           and bal.currency_id = b.currency_id for update) l;

  update balance_batch_row r set problem = 'INACTIVE'
    from customer c
   where r.workspace_id = p_workspace and r.batch_id = p_batch and r.line between p_from and p_to
     and r.problem is null
     and c.workspace_id = p_workspace and c.id = r.customer_id and (c.status <> 'ACTIVE' or c.deleted_at is not null);
  get diagnostics v_refused = row_count;

  -- Additions set-based: balance_after computed per customer in line order, balances moved by one
  -- UPDATE (the per-row trigger stands aside while patron.ledger_batch is on), history and outbox rows
  -- in the shape history_record writes.
  perform set_config('patron.ledger_batch', 'on', true);
  with todo as (
    select r.line, r.customer_id, r.amount from balance_batch_row r
     where r.workspace_id = p_workspace and r.batch_id = p_batch and r.line between p_from and p_to
       and r.problem is null and r.amount > 0
       and (select o.id from ledger_operation o
             where o.workspace_id = p_workspace and o.idempotency_key = v_prefix || r.line::text) is null
  ), numbered as (
    select todo.*, (select bal.amount from balance bal
                     where bal.workspace_id = p_workspace and bal.customer_id = todo.customer_id
                       and bal.currency_id = b.currency_id)
             + sum(todo.amount) over (partition by todo.customer_id order by todo.line) as after
      from todo
  ), moved as (
    update balance bal set amount = bal.amount + s.total, updated_at = now()
      from (select customer_id, b.currency_id as currency_id, sum(amount) as total from numbered group by customer_id) s
     where bal.workspace_id = p_workspace and bal.customer_id = s.customer_id and bal.currency_id = s.currency_id
  ), ins as (
    insert into ledger_operation (workspace_id, customer_id, currency_id, kind, amount, balance_after, expires_at,
        reason, comment, idempotency_key, request_hash, actor_kind, actor_id, actor_name)
      select p_workspace, customer_id, b.currency_id, 'ADJUSTMENT', amount, after, b.expires_at, b.reason, b.comment,
             'batch:' || p_batch || ':' || line, 'batch:' || p_batch, b.actor_kind, b.actor_id, b.actor_name
        from numbered
      returning *
  ), g as (
    insert into ledger_grant (operation_id, workspace_id, customer_id, currency_id, amount, remaining, expires_at)
      select id, workspace_id, customer_id, currency_id, amount, amount, expires_at from ins
  ), changes as (
    select ins.*, jsonb_build_array(
             jsonb_build_object('key', 'balance.' || v_key,
               'oldValue', round((ins.balance_after - ins.amount)::numeric / v_scale, 4),
               'newValue', round(ins.balance_after::numeric / v_scale, 4)),
             v_operation) as list
      from ins
  ), h as (
    insert into history_event (workspace_id, customer_id, type, actor_kind, actor_id, actor_name, occurred_at, changes)
      select workspace_id, customer_id, 'BALANCE_CHANGED', actor_kind, actor_id, actor_name, created_at, list from changes
  ), o as (
    insert into outbox_event (workspace_id, type, payload, created_at)
      select workspace_id, p_outbox_type,
             jsonb_build_object('customerId', customer_id, 'actor', v_actor, 'changes', list,
               'occurredAt', v_occurred),
             now()
        from changes
  )
  select count(*) into v_added from ins;
  perform set_config('patron.ledger_batch', '', true);

  for v_line in
    select line, customer_id, amount from balance_batch_row rr
     where rr.workspace_id = p_workspace and rr.batch_id = p_batch and rr.line between p_from and p_to
       and rr.problem is null and rr.amount < 0
     order by line
  loop
    v_result := ledger_apply(p_workspace, v_line.customer_id, b.currency_id, 'ADJUSTMENT', v_line.amount, null,
      b.reason, b.comment, 'batch:' || p_batch || ':' || v_line.line, 'batch:' || p_batch, null, null, false,
      b.actor_kind, b.actor_id, b.actor_name, 'balance.' || v_key, v_scale, p_outbox_type,
      jsonb_build_array(jsonb_build_object('key', 'operation', 'oldValue', null,
        'newValue', jsonb_build_object('kind', 'ADJUSTMENT', 'reason', b.reason, 'batch', p_batch))));
    if v_result->>'outcome' = 'written' then
      v_subtracted := v_subtracted + 1;
    elsif v_result->>'outcome' <> 'existing' then
      update balance_batch_row set problem = upper(v_result->>'outcome')
       where workspace_id = p_workspace and batch_id = p_batch and line = v_line.line;
      v_refused := v_refused + 1;
    end if;
  end loop;

  insert into balance_batch_chunk (workspace_id, batch_id, first_line) values (p_workspace, p_batch, p_from)
    on conflict do nothing;
  update balance_batch
     set applied = applied + v_added + v_subtracted, refused = refused + v_refused, heartbeat_at = now()
   where workspace_id = p_workspace and id = p_batch;
  return v_added + v_subtracted;
end $$;
