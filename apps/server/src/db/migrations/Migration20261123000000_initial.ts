import { Migration } from '@mikro-orm/migrations';

/** Workspaces, staff and sessions, attribute registry, customers, history and the outbox. */
export class Migration20261123000000_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table workspace (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_at timestamptz not null default now()
);

create table staff (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  email text not null,
  name text not null,
  password_hash text not null,
  role text not null check (role in ('ADMIN','MANAGER','OPERATOR','ANALYST')),
  locale text not null default 'EN' check (locale in ('EN','RU','FA')),
  calendar text not null default 'GREGORIAN' check (calendar in ('GREGORIAN','JALALI')),
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create unique index staff_email_unique on staff (lower(email));

create table staff_session (
  token_hash text primary key,
  staff_id uuid not null references staff(id) on delete cascade,
  workspace_id uuid not null references workspace(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index staff_session_staff on staff_session (staff_id);

create table login_failure (
  id bigserial primary key,
  email text not null,
  ip text not null,
  at timestamptz not null default now()
);
create index login_failure_email_at on login_failure (lower(email), at);
create index login_failure_ip_at on login_failure (ip, at);

create table attribute_group (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  key text not null,
  label jsonb not null,
  position int not null,
  unique (workspace_id, key)
);

create table attribute_definition (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  key text not null check (key ~ '^[a-zA-Z][a-zA-Z0-9_]{0,62}$'),
  label jsonb not null,
  type text not null,
  system boolean not null default false,
  required boolean not null default false,
  is_unique boolean not null default false,
  default_value jsonb,
  help_text jsonb,
  group_key text not null,
  position int not null,
  shown_in_list boolean not null default false,
  filterable boolean not null default true,
  retired_at timestamptz,
  choices jsonb not null default '[]',
  created_at timestamptz not null default now(),
  unique (workspace_id, key)
);

create table customer (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  status text not null default 'ACTIVE' check (status in ('ACTIVE','INACTIVE')),
  attributes jsonb not null default '{}' check (jsonb_typeof(attributes) = 'object'),
  -- Identity and sort keys are read from the one JSONB source so they can never disagree with it.
  first_name text generated always as (attributes->>'firstName') stored,
  last_name text generated always as (attributes->>'lastName') stored,
  mobile text generated always as (attributes->>'mobile') stored,
  email text generated always as (attributes->>'email') stored,
  card_number text generated always as (attributes->>'cardNumber') stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index customer_mobile_unique on customer (workspace_id, mobile) where deleted_at is null and mobile is not null;
create unique index customer_card_unique on customer (workspace_id, card_number) where deleted_at is null and card_number is not null;
create index customer_created on customer (workspace_id, created_at, id) where deleted_at is null;
create index customer_updated on customer (workspace_id, updated_at, id) where deleted_at is null;
create index customer_first_name on customer (workspace_id, coalesce(first_name, ''), id) where deleted_at is null;
create index customer_mobile_sort on customer (workspace_id, coalesce(mobile, ''), id) where deleted_at is null;
create index customer_email_sort on customer (workspace_id, coalesce(email, ''), id) where deleted_at is null;
create index customer_last_name on customer (workspace_id, coalesce(last_name, ''), id) where deleted_at is null;

create table history_event (
  id bigserial primary key,
  workspace_id uuid not null references workspace(id),
  customer_id uuid not null references customer(id),
  type text not null,
  actor_kind text not null,
  actor_id text,
  actor_name text not null,
  occurred_at timestamptz not null default now(),
  changes jsonb not null default '[]'
);
create index history_event_customer on history_event (customer_id, id desc);

create table outbox_event (
  id bigserial primary key,
  workspace_id uuid not null references workspace(id),
  type text not null,
  payload jsonb not null,
  created_at timestamptz not null default now()
);

-- One row per (event, handler) once delivered, so a failing handler is retried alone.
create table outbox_delivery (
  event_id bigint not null references outbox_event(id) on delete cascade,
  handler text not null,
  delivered_at timestamptz not null default now(),
  primary key (event_id, handler)
);
`);
  }
}
