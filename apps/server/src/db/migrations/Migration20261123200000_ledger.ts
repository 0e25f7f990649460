import { Migration } from '@mikro-orm/migrations';

/**
 * Currencies and the points/credit ledger (issue 4). The database itself keeps the guarantees:
 * operations are immutable, a balance only ever changes by inserting an operation (a trigger adds it
 * and stamps balance_after), and no balance, grant remainder or balance_after can be negative.
 */
export class Migration20261123200000_ledger extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table currency (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  key text not null check (key ~ '^[a-z][a-z0-9_]{0,30}$'),
  name jsonb not null check (jsonb_typeof(name) = 'object'),
  decimals smallint not null check (decimals between 0 and 4),
  unit_value numeric(20, 4) not null check (unit_value >= 0),
  spendable boolean not null,
  position int not null,
  created_at timestamptz not null default now(),
  unique (workspace_id, key)
);

-- One row per customer and currency, created on the first operation. Amounts are in minor units.
create table balance (
  workspace_id uuid not null references workspace(id),
  customer_id uuid not null references customer(id),
  currency_id uuid not null references currency(id),
  amount bigint not null default 0 constraint balance_not_negative check (amount >= 0),
  updated_at timestamptz not null default now(),
  primary key (customer_id, currency_id)
);
create index balance_currency_amount on balance (currency_id, amount);

create table ledger_operation (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references workspace(id),
  customer_id uuid not null,
  currency_id uuid not null,
  kind text not null check (kind in ('ADJUSTMENT', 'GRANT', 'EARN', 'SPEND', 'EXPIRY', 'REVERSAL', 'RETURN')),
  amount bigint not null check (amount <> 0),
  -- Stamped by ledger_operation_apply from the balance it has just changed.
  balance_after bigint not null default 0 check (balance_after >= 0),
  expires_at timestamptz,
  reason text not null default '',
  comment text not null default '',
  idempotency_key text not null check (length(idempotency_key) between 1 and 200),
  request_hash text not null,
  reverses_id bigint unique references ledger_operation(id),
  actor_kind text not null,
  actor_id text,
  actor_name text not null,
  created_at timestamptz not null default now(),
  foreign key (customer_id, currency_id) references balance(customer_id, currency_id),
  unique (workspace_id, idempotency_key)
);
create index ledger_operation_customer on ledger_operation (customer_id, id desc);

-- What is left of each amount added: spends take from the earliest expiry first.
create table ledger_grant (
  operation_id bigint primary key references ledger_operation(id),
  workspace_id uuid not null,
  customer_id uuid not null,
  currency_id uuid not null,
  amount bigint not null check (amount > 0),
  remaining bigint not null check (remaining >= 0 and remaining <= amount),
  expires_at timestamptz
);
create index ledger_grant_open on ledger_grant (customer_id, currency_id, expires_at, operation_id)
  where remaining > 0;
create index ledger_grant_expiring on ledger_grant (expires_at) where remaining > 0 and expires_at is not null;

-- Which grants an operation took from (a negative operation) or gave back to (a reversed spend).
create table ledger_consumption (
  operation_id bigint not null references ledger_operation(id),
  grant_id bigint not null references ledger_grant(operation_id),
  amount bigint not null check (amount > 0),
  primary key (operation_id, grant_id)
);
create index ledger_consumption_grant on ledger_consumption (grant_id);

create function ledger_operation_apply() returns trigger language plpgsql as $$
begin
  perform set_config('patron.ledger_apply', 'on', true);
  update balance set amount = amount + new.amount, updated_at = new.created_at
    where customer_id = new.customer_id and currency_id = new.currency_id
    returning amount into new.balance_after;
  perform set_config('patron.ledger_apply', '', true);
  if not found then
    raise exception 'no balance row for customer % currency %', new.customer_id, new.currency_id;
  end if;
  return new;
end $$;
create trigger ledger_operation_apply before insert on ledger_operation
  for each row execute function ledger_operation_apply();

create function ledger_operation_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'ledger operations are immutable; correct one with a reversing operation';
end $$;
create trigger ledger_operation_immutable before update or delete on ledger_operation
  for each row execute function ledger_operation_immutable();

-- A balance starts at zero and then moves only with an operation, so it always equals their sum.
create function balance_guard() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    if new.amount <> 0 then raise exception 'a balance starts at zero'; end if;
  elsif tg_op = 'DELETE' or current_setting('patron.ledger_apply', true) is distinct from 'on' then
    raise exception 'a balance changes only through a ledger operation';
  end if;
  return coalesce(new, old);
end $$;
create trigger balance_guard before insert or update or delete on balance
  for each row execute function balance_guard();
`);
  }
}
