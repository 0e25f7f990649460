import { Migration } from '@mikro-orm/migrations';

/**
 * Purchases, returns and the programme's base rules (issue 4, G6 G7 G9 G10). A purchase and every
 * ledger operation it causes (credit spent, points and cashback earned, the referrer's share) are
 * written in one transaction; `ledger` on the purchase lists those operations so a return can take
 * back the same amounts in proportion.
 */
export class Migration20261123300000_purchases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
-- The workspace's earning and spending rules for customers without a tier, and the clock it keeps.
create table loyalty_programme (
  workspace_id uuid primary key references workspace(id),
  rules jsonb not null default '{}' check (jsonb_typeof(rules) = 'object'),
  time_zone text not null default 'UTC',
  updated_at timestamptz not null default now()
);

create table purchase (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  customer_id uuid not null,
  idempotency_key text not null check (length(idempotency_key) between 1 and 200),
  request_hash text not null,
  invoice_number text not null default '',
  amount numeric(16, 2) not null check (amount > 0),
  -- What the spent balances were worth in money, and what was left to pay.
  spent_value numeric(16, 2) not null default 0 check (spent_value >= 0 and spent_value <= amount),
  paid_amount numeric(16, 2) not null check (paid_amount >= 0),
  items jsonb not null default '[]' check (jsonb_typeof(items) = 'array'),
  branch text not null default '',
  payment_status text not null check (payment_status in ('PAID', 'PENDING', 'NOT_NEEDED')),
  purchased_at timestamptz not null,
  returned_amount numeric(16, 2) not null default 0 check (returned_amount >= 0 and returned_amount <= amount),
  -- [{operationId, customerId, currencyId, role: spend|earn|referral, amount (minor, signed)}]
  ledger jsonb not null default '[]',
  earned_at timestamptz,
  actor_kind text not null,
  actor_id text,
  actor_name text not null,
  created_at timestamptz not null default now(),
  unique (workspace_id, idempotency_key)
);
create index purchase_customer on purchase (customer_id, purchased_at desc);
create index purchase_workspace_time on purchase (workspace_id, purchased_at);

create table purchase_return (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  purchase_id uuid not null references purchase(id),
  customer_id uuid not null,
  amount numeric(16, 2) not null check (amount > 0),
  reason text not null default '',
  idempotency_key text not null check (length(idempotency_key) between 1 and 200),
  request_hash text not null,
  -- The operations written, and what could not be taken back because it was already spent.
  ledger jsonb not null default '[]',
  shortfall jsonb not null default '[]',
  actor_kind text not null,
  actor_id text,
  actor_name text not null,
  created_at timestamptz not null default now(),
  unique (workspace_id, idempotency_key)
);
create index purchase_return_purchase on purchase_return (purchase_id, created_at);

-- Running totals per customer (purchases net of returns; the opening total is an attribute).
create table customer_purchase_stats (
  customer_id uuid primary key,
  workspace_id uuid not null,
  total numeric(18, 2) not null default 0,
  count int not null default 0 check (count >= 0),
  first_purchase_at timestamptz,
  last_purchase_at timestamptz
);

-- Who brought whom (G9): one referrer per customer, never the customer itself.
create table referral (
  customer_id uuid primary key,
  workspace_id uuid not null references workspace(id),
  referrer_id uuid not null,
  created_at timestamptz not null default now(),
  check (customer_id <> referrer_id)
);
create index referral_referrer on referral (referrer_id);
`);
  }
}
