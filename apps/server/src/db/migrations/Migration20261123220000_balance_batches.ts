import { Migration } from '@mikro-orm/migrations';

/**
 * Bulk balance adjustments (G4): a batch is uploaded and matched (PREVIEW), confirmed once (APPLYING)
 * and applied by a runner in chunks; every row's operation carries the key `batch:<id>:<line>`, so a
 * chunk retried after a crash writes nothing twice.
 */
export class Migration20261123220000_balance_batches extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
-- The ledger and history tables carry their references without foreign keys. A key check
-- share-locks the parent row on every insert: on the one workspace row concurrent writers pile into
-- MultiXacts, and locking a customer row dirties its page (about 200 µs here) — a 100,000-line batch
-- paid that nine times per line. The writers (ledger_apply, ledger_apply_batch, CustomerService,
-- history_record) read the customer, balance and operation they refer to in the same transaction,
-- customers, currencies and workspaces are never deleted (customers are only marked), and the ledger
-- trigger refuses an operation without its balance row.
alter table balance drop constraint balance_workspace_id_fkey;
alter table balance drop constraint balance_customer_id_fkey;
alter table balance drop constraint balance_currency_id_fkey;
-- Balance filters and sorts read the row by (customer_id, currency_id); an index on the amount only
-- made every balance update a non-HOT one.
drop index balance_currency_amount;
alter table ledger_operation drop constraint ledger_operation_workspace_id_fkey;
alter table ledger_operation drop constraint ledger_operation_customer_id_currency_id_fkey;
alter table ledger_grant drop constraint ledger_grant_operation_id_fkey;
alter table history_event drop constraint history_event_workspace_id_fkey;
alter table history_event drop constraint history_event_customer_id_fkey;
alter table outbox_event drop constraint outbox_event_workspace_id_fkey;

create table balance_batch (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  currency_id uuid not null references currency(id),
  identifier text not null check (identifier in ('MOBILE', 'EMAIL', 'CARD_NUMBER', 'CUSTOMER_ID', 'SEGMENT')),
  reason text not null default '',
  comment text not null default '',
  expires_at timestamptz,
  status text not null default 'PREVIEW' check (status in ('PREVIEW', 'APPLYING', 'DONE')),
  total_rows int not null default 0,
  applied int not null default 0,
  refused int not null default 0,
  actor_kind text not null,
  actor_id text,
  actor_name text not null,
  heartbeat_at timestamptz,
  created_at timestamptz not null default now(),
  confirmed_at timestamptz,
  finished_at timestamptz
);
create index balance_batch_applying on balance_batch (created_at) where status = 'APPLYING';

-- The chunks (first line) already applied: a restarted runner applies only the others.
create table balance_batch_chunk (
  batch_id uuid not null references balance_batch(id) on delete cascade,
  first_line int not null,
  primary key (batch_id, first_line)
);

-- problem: null (to apply), UNMATCHED, INVALID, INACTIVE, NEGATIVE (at preview), TOO_LOW (at apply).
create table balance_batch_row (
  batch_id uuid not null references balance_batch(id) on delete cascade,
  line int not null,
  identifier text not null,
  amount bigint not null,
  customer_id uuid,
  problem text,
  detail text,
  primary key (batch_id, line)
);

-- Applies lines p_from..p_to of a confirmed batch in one transaction (chunks of one batch may run in
-- parallel: each locks its balances in customer order, so they never wait on each other in a circle): additions set-based (one
-- INSERT; the per-row trigger moves each balance), subtractions one by one through ledger_apply
-- (they take from grants). Lines already written (their key exists) are skipped. Returns lines written.
-- Planned for each chunk's own values: a cached generic plan cannot see that one batch is 100,000 lines.
create function ledger_apply_batch(p_batch uuid, p_from int, p_to int, p_outbox_type text)
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
begin
  select * into b from balance_batch where id = p_batch;
  select key, (10 ^ decimals)::int into v_key, v_scale from currency where id = b.currency_id;

  insert into balance (workspace_id, customer_id, currency_id)
    select distinct b.workspace_id, customer_id, b.currency_id from balance_batch_row
     where batch_id = p_batch and line between p_from and p_to and problem is null
    on conflict (customer_id, currency_id) do nothing;
  -- Lock the chunk's balances in one order, so two batches never wait on each other in a circle.
  perform 1 from balance
    where currency_id = b.currency_id and customer_id in (
      select customer_id from balance_batch_row where batch_id = p_batch and line between p_from and p_to and problem is null)
    order by customer_id for update;

  update balance_batch_row r set problem = 'INACTIVE'
    from customer c
   where r.batch_id = p_batch and r.line between p_from and p_to and r.problem is null
     and c.id = r.customer_id and (c.status <> 'ACTIVE' or c.deleted_at is not null);
  get diagnostics v_refused = row_count;

  -- Additions set-based: balance_after computed per customer in line order, balances moved by one
  -- UPDATE (the per-row trigger stands aside while patron.ledger_batch is on), history and outbox rows
  -- in the shape history_record writes.
  perform set_config('patron.ledger_batch', 'on', true);
  with todo as (
    select r.line, r.customer_id, r.amount from balance_batch_row r
     where r.batch_id = p_batch and r.line between p_from and p_to and r.problem is null and r.amount > 0
       and not exists (select 1 from ledger_operation o
                        where o.workspace_id = b.workspace_id and o.idempotency_key = 'batch:' || p_batch || ':' || r.line)
  ), numbered as (
    select todo.*, bal.amount + sum(todo.amount) over (partition by todo.customer_id order by todo.line) as after
      from todo join balance bal on bal.customer_id = todo.customer_id and bal.currency_id = b.currency_id
  ), moved as (
    update balance bal set amount = bal.amount + s.total, updated_at = now()
      from (select customer_id, sum(amount) as total from numbered group by customer_id) s
     where bal.customer_id = s.customer_id and bal.currency_id = b.currency_id
  ), ins as (
    insert into ledger_operation (workspace_id, customer_id, currency_id, kind, amount, balance_after, expires_at,
        reason, comment, idempotency_key, request_hash, actor_kind, actor_id, actor_name)
      select b.workspace_id, customer_id, b.currency_id, 'ADJUSTMENT', amount, after, b.expires_at, b.reason, b.comment,
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
             jsonb_build_object('key', 'operation', 'oldValue', null,
               'newValue', jsonb_build_object('kind', 'ADJUSTMENT', 'reason', b.reason, 'batch', p_batch))) as list
      from ins
  ), h as (
    insert into history_event (workspace_id, customer_id, type, actor_kind, actor_id, actor_name, occurred_at, changes)
      select workspace_id, customer_id, 'BALANCE_CHANGED', actor_kind, actor_id, actor_name, created_at, list from changes
  ), o as (
    insert into outbox_event (workspace_id, type, payload, created_at)
      select workspace_id, p_outbox_type,
             jsonb_build_object('customerId', customer_id,
               'actor', jsonb_build_object('kind', actor_kind, 'id', actor_id, 'name', actor_name),
               'changes', list,
               'occurredAt', to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
             created_at
        from changes
  )
  select count(*) into v_added from ins;
  perform set_config('patron.ledger_batch', '', true);

  for v_line in
    select line, customer_id, amount from balance_batch_row rr
     where rr.batch_id = p_batch and rr.line between p_from and p_to and rr.problem is null and rr.amount < 0
     order by line
  loop
    v_result := ledger_apply(b.workspace_id, v_line.customer_id, b.currency_id, 'ADJUSTMENT', v_line.amount, null,
      b.reason, b.comment, 'batch:' || p_batch || ':' || v_line.line, 'batch:' || p_batch, null, null, false,
      b.actor_kind, b.actor_id, b.actor_name, 'balance.' || v_key, v_scale, p_outbox_type,
      jsonb_build_array(jsonb_build_object('key', 'operation', 'oldValue', null,
        'newValue', jsonb_build_object('kind', 'ADJUSTMENT', 'reason', b.reason, 'batch', p_batch))));
    if v_result->>'outcome' = 'written' then
      v_subtracted := v_subtracted + 1;
    elsif v_result->>'outcome' <> 'existing' then
      update balance_batch_row set problem = upper(v_result->>'outcome') where batch_id = p_batch and line = v_line.line;
      v_refused := v_refused + 1;
    end if;
  end loop;

  insert into balance_batch_chunk (batch_id, first_line) values (p_batch, p_from) on conflict do nothing;
  update balance_batch
     set applied = applied + v_added + v_subtracted, refused = refused + v_refused, heartbeat_at = now()
   where id = p_batch;
  return v_added + v_subtracted;
end $$;

-- The balance moves with each operation, except inside ledger_apply_batch, which moves the balances of a
-- whole chunk with one UPDATE of exactly the sum of the operations it inserts. The guard now knows a
-- legitimate change by where it comes from (this trigger, or that batch) without two set_config calls
-- per operation.
create or replace function ledger_operation_apply() returns trigger language plpgsql as $$
begin
  if current_setting('patron.ledger_batch', true) = 'on' then
    return new;
  end if;
  update balance set amount = amount + new.amount, updated_at = new.created_at
    where customer_id = new.customer_id and currency_id = new.currency_id
    returning amount into new.balance_after;
  if not found then
    raise exception 'no balance row for customer % currency %', new.customer_id, new.currency_id;
  end if;
  return new;
end $$;

create or replace function balance_guard() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    if new.amount <> 0 then raise exception 'a balance starts at zero'; end if;
  elsif tg_op = 'DELETE' or (pg_trigger_depth() < 2
      and current_setting('patron.ledger_batch', true) is distinct from 'on') then
    raise exception 'a balance changes only through a ledger operation';
  end if;
  return coalesce(new, old);
end $$;
`);
  }
}
