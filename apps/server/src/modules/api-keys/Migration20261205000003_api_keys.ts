import { Migration } from '@mikro-orm/migrations';

/** API keys for partner apps (tills, web shops): what each may do, until when, and how often. */
export class Migration20261205000003_api_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table api_key (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  name text not null check (length(name) between 1 and 100),
  -- The visible part of the key (ptn_<prefix>_…) that tells keys apart in lists and logs.
  prefix text not null,
  -- SHA-256 (hex) of the whole key; the key itself is shown once and never stored.
  secret_hash text not null,
  permissions text[] not null,
  requests_per_minute int not null check (requests_per_minute between 1 and 100000),
  expires_at timestamptz,
  created_at timestamptz not null default now(),
  -- Who created and revoked it, by name as well: the staff member may be renamed or leave.
  created_by_id uuid,
  created_by_name text not null,
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by_name text,
  primary key (workspace_id, id)
);
-- A request carries only the key, so its row is found by the hash before the workspace is known. Not
-- a unique index (the key rule puts workspace_id first in those): 256 random bits never collide.
create index api_key_secret_hash on api_key (secret_hash);
`);
  }
}
