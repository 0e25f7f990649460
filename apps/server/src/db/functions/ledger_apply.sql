-- One ledger operation in one round trip. LedgerService validates the request in TypeScript and
-- calls ledger_apply, which does the database half in a single autocommit statement: each statement
-- inside it sees a fresh snapshot, so after waiting for the balance lock it sees what the previous
-- holder wrote, and a hot account's lock is held only while PostgreSQL works, never across a network
-- round trip.
--
-- One statement looks up the customer, the idempotency key and the balance row. A plain addition
-- cannot overdraw, so it takes no balance lock ahead of its insert and does not look for its key a
-- second time; subtractions, reversals and expiries lock first and look for the key again under the
-- lock. The history and outbox rows are written by one statement (each PL/pgSQL statement pays its
-- executor start).
--
-- p_occurred_at: when the operation happened, for history brought from an earlier system (the ledger
-- history import; LedgerService lets no other caller pass it, and refuses a time in the future). It is
-- the operation's created_at and its history row's occurred_at; null (every other caller) is now().
-- balance_after is still stamped in the order operations are inserted.
--
-- Returns {outcome, operation, before}: outcome is written, existing (the key was used before),
-- not_found, inactive, too_low (before says what there is) or nothing (an expiry found nothing left).

create or replace function ledger_apply(
    p_workspace uuid, p_customer uuid, p_currency uuid, p_kind text, p_amount bigint,
    p_expires timestamptz, p_reason text, p_comment text, p_key text, p_hash text,
    p_reverses bigint, p_prefer bigint, p_any_status boolean,
    p_actor_kind text, p_actor_id text, p_actor_name text,
    p_balance_key text, p_scale int, p_outbox_type text, p_more_changes jsonb,
    p_occurred_at timestamptz default null)
  returns jsonb language plpgsql as $$
declare
  v_status text;
  v_existing jsonb;
  v_has_balance boolean;
  v_before bigint;
  v_amount bigint := p_amount;
  v_op ledger_operation;
  v_grant record;
  v_need bigint;
  v_changes jsonb;
begin
  -- One look before anything is locked: the customer, a key already used, and the balance row.
  select (select status from customer where id = p_customer and workspace_id = p_workspace and deleted_at is null),
         (select to_jsonb(o) from ledger_operation o where o.workspace_id = p_workspace and o.idempotency_key = p_key),
         exists (select from balance
                  where workspace_id = p_workspace and customer_id = p_customer and currency_id = p_currency)
    into v_status, v_existing, v_has_balance;
  -- A retry answers as the first call did, even once the customer has left.
  if v_existing is not null then
    return jsonb_build_object('outcome', 'existing', 'operation', v_existing);
  end if;
  if v_status is null then return jsonb_build_object('outcome', 'not_found'); end if;
  if v_status <> 'ACTIVE' and not p_any_status then return jsonb_build_object('outcome', 'inactive'); end if;

  if p_amount > 0 and p_reverses is null then
    -- A plain addition cannot overdraw, so it takes no lock ahead: the balance row is locked by the
    -- insert's own balance update, and a parallel retry of the same key loses on the unique index.
    if not v_has_balance then
      insert into balance (workspace_id, customer_id, currency_id) values (p_workspace, p_customer, p_currency)
        on conflict (workspace_id, customer_id, currency_id) do nothing;
    end if;
  else
    select amount into v_before from balance
     where workspace_id = p_workspace and customer_id = p_customer and currency_id = p_currency for update;
    if not found then
      insert into balance (workspace_id, customer_id, currency_id) values (p_workspace, p_customer, p_currency)
        on conflict (workspace_id, customer_id, currency_id) do nothing;
      select amount into v_before from balance
       where workspace_id = p_workspace and customer_id = p_customer and currency_id = p_currency for update;
    end if;
    -- Under the lock: a retry, or whoever held the lock before us, may have written this very key.
    select to_jsonb(o) into v_existing from ledger_operation o
     where o.workspace_id = p_workspace and o.idempotency_key = p_key;
    if v_existing is not null then
      return jsonb_build_object('outcome', 'existing', 'operation', v_existing);
    end if;
  end if;

  if p_kind = 'EXPIRY' then
    select -remaining into v_amount from ledger_grant where workspace_id = p_workspace and operation_id = p_prefer;
    if coalesce(v_amount, 0) = 0 then return jsonb_build_object('outcome', 'nothing'); end if;
  end if;
  if v_amount < 0 and v_before + v_amount < 0 then
    return jsonb_build_object('outcome', 'too_low', 'before', v_before);
  end if;

  insert into ledger_operation (workspace_id, customer_id, currency_id, kind, amount, expires_at, reason, comment,
      idempotency_key, request_hash, reverses_id, actor_kind, actor_id, actor_name, created_at)
    values (p_workspace, p_customer, p_currency, p_kind, v_amount, p_expires, p_reason, p_comment,
      p_key, p_hash, p_reverses, p_actor_kind, p_actor_id, p_actor_name, coalesce(p_occurred_at, now()))
    returning * into v_op;
  v_before := v_op.balance_after - v_amount;

  if v_amount > 0 and p_reverses is null then
    -- An addition becomes a grant that subtractions take from.
    insert into ledger_grant (operation_id, workspace_id, customer_id, currency_id, amount, remaining, expires_at)
      values (v_op.id, p_workspace, p_customer, p_currency, v_amount, v_amount, p_expires);
  elsif v_amount > 0 then
    -- A reversed subtraction gives back exactly what it took, to the grants it took it from.
    update ledger_grant g set remaining = g.remaining + k.amount
      from ledger_consumption k
     where k.workspace_id = p_workspace and k.operation_id = p_reverses
       and g.workspace_id = p_workspace and g.operation_id = k.grant_id;
    insert into ledger_consumption (workspace_id, operation_id, grant_id, amount)
      select p_workspace, v_op.id, grant_id, amount from ledger_consumption
       where workspace_id = p_workspace and operation_id = p_reverses;
  else
    -- A subtraction takes from the preferred grant, then the earliest expiry (none last), then the
    -- oldest: walking ledger_grant_open in order and stopping once enough is taken, however many
    -- grants the account has collected.
    v_need := -v_amount;
    for v_grant in
      select operation_id, remaining from ledger_grant
       where workspace_id = p_workspace and operation_id = p_prefer and customer_id = p_customer
         and currency_id = p_currency and remaining > 0
    loop
      v_need := ledger_grant_take(p_workspace, v_op.id, v_grant.operation_id, v_grant.remaining, v_need);
    end loop;
    for v_grant in
      select operation_id, remaining from ledger_grant
       where customer_id = p_customer and currency_id = p_currency and remaining > 0 and workspace_id = p_workspace
       order by expires_at, operation_id
    loop
      exit when v_need = 0;
      v_need := ledger_grant_take(p_workspace, v_op.id, v_grant.operation_id, v_grant.remaining, v_need);
    end loop;
  end if;

  -- history_record's two rows in one statement, written here to spare a function call per operation.
  -- The history row happened when the operation did; the outbox row entered the outbox now (its
  -- payload says when it happened), so an imported past never looks like an old undelivered event.
  v_changes := jsonb_build_array(jsonb_build_object('key', p_balance_key,
      'oldValue', round(v_before::numeric / p_scale, 4), 'newValue', round(v_op.balance_after::numeric / p_scale, 4)))
    || p_more_changes;
  with history as (
    insert into history_event (workspace_id, customer_id, type, actor_kind, actor_id, actor_name, occurred_at, changes)
      values (p_workspace, p_customer, 'BALANCE_CHANGED', p_actor_kind, p_actor_id, p_actor_name, v_op.created_at, v_changes))
  insert into outbox_event (workspace_id, type, payload, created_at)
    values (p_workspace, p_outbox_type,
      jsonb_build_object('customerId', p_customer,
        'actor', jsonb_build_object('kind', p_actor_kind, 'id', p_actor_id, 'name', p_actor_name),
        'changes', v_changes,
        'occurredAt', to_char(v_op.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
      now());
  return jsonb_build_object('outcome', 'written', 'operation', to_jsonb(v_op), 'before', v_before);
end $$;
