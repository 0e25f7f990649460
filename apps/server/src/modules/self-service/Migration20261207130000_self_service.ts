import { Migration } from '@mikro-orm/migrations';

/**
 * Customer self-service (catalogue A4). `self_service_account`: a customer's argon2 password and
 * their one pending invitation (the SHA-256 of its token, never the token; a new one replaces it).
 * `customer_session`: signed-in customers, by the SHA-256 of their cookie's token, apart from staff
 * sessions so neither can stand for the other. Both tokens start with the workspace's id (see
 * `workspace-token.ts`), so both are keyed by workspace like every table of workspace data. `customer_request`: what a customer asked and the
 * staff's answer.
 */
export class Migration20261207130000_self_service extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table self_service_account (
  workspace_id uuid not null references workspace(id),
  customer_id uuid not null,
  password_hash text,
  password_set_at timestamptz,
  invite_token_hash text,
  invite_expires_at timestamptz,
  invited_at timestamptz,
  primary key (workspace_id, customer_id),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id),
  check ((invite_token_hash is null) = (invite_expires_at is null))
);
create unique index self_service_invite on self_service_account (workspace_id, invite_token_hash)
  where invite_token_hash is not null;

create table customer_session (
  workspace_id uuid not null,
  token_hash text not null,
  customer_id uuid not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text,
  user_agent text,
  primary key (workspace_id, token_hash),
  foreign key (workspace_id, customer_id) references self_service_account (workspace_id, customer_id)
);
create index customer_session_customer on customer_session (workspace_id, customer_id);
create index customer_session_expires on customer_session (expires_at);

create table customer_request (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  customer_id uuid not null,
  subject text not null check (length(subject) between 1 and 200),
  text text not null check (length(text) between 1 and 4000),
  status text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
  answer text check (length(answer) between 1 and 4000),
  answered_at timestamptz,
  answered_by_kind text,
  answered_by_id uuid,
  answered_by_name text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (workspace_id, id),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id)
);
create index customer_request_by_status on customer_request (workspace_id, status, created_at desc, id desc);
create index customer_request_by_customer on customer_request (workspace_id, customer_id, created_at desc);
`);
  }
}
