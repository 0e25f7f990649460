import { Migration } from '@mikro-orm/migrations';

/** A workspace's accounts with channel providers (an SMTP server, an SMS gateway, a bot). */
export class Migration20261205000038_channels extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table channel_account (
  workspace_id uuid not null,
  id uuid not null,
  provider text not null,
  kind text not null,
  name text not null,
  enabled boolean not null default true,
  -- The account messages of its kind go through; at most one per kind.
  is_default boolean not null default false,
  settings jsonb not null default '{}',
  -- AES-256-GCM of the secret settings' JSON (key from PATRON_SECRET_KEY), bound to this row.
  secrets text,
  secret_keys text[] not null default '{}',
  -- The provider posts delivery reports to /hooks/channels/<id>/<token>.
  webhook_token text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (workspace_id, id)
);
create unique index channel_account_name on channel_account (workspace_id, lower(name));
create unique index channel_account_default on channel_account (workspace_id, kind) where is_default;
-- A provider's webhook names the account alone, before any workspace is known.
create index channel_account_id on channel_account (id);
`);
  }
}
