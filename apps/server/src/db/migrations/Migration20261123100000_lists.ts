import { Migration } from '@mikro-orm/migrations';

/** Quick search, filters, tags, segments, per-user columns and bulk jobs (issue 3). */
export class Migration20261123100000_lists extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create extension if not exists pg_trgm;

-- Derived on every write by searchColumns() from the same fold() the in-memory filter uses.
alter table customer
  add column folded jsonb not null default '{}',
  add column search_text text not null default '',
  add column tags uuid[] not null default '{}';

-- Quick search: any fragment of any text value or phone digits (LIKE '%…%').
create index customer_search_trgm on customer using gin (search_text gin_trgm_ops) where deleted_at is null;
-- Tag conditions: has any (&&) / has all (@>).
create index customer_tags on customer using gin (tags) where deleted_at is null;

create table tag (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  name text not null check (length(name) between 1 and 60),
  color text not null check (color ~ '^#[0-9a-f]{6}$'),
  created_at timestamptz not null default now()
);
create unique index tag_name_unique on tag (workspace_id, lower(name));

create table segment (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  owner_id uuid not null references staff(id),
  name text not null check (length(name) between 1 and 120),
  shared boolean not null default false,
  filter jsonb,
  search jsonb not null default '[]',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index segment_workspace on segment (workspace_id, name);

alter table staff add column customer_columns jsonb;

create table bulk_job (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  staff_id uuid references staff(id),
  started_by text not null,
  kind text not null,
  selection jsonb not null,
  action jsonb not null,
  status text not null default 'QUEUED' check (status in ('QUEUED','RUNNING','DONE','FAILED')),
  total int,
  processed int not null default 0,
  failed int not null default 0,
  problems jsonb not null default '[]',
  -- Keyset position of the walk (last customer id done), so a restarted job resumes, never repeats.
  last_id uuid,
  -- A running job's owner renews this; a job whose heartbeat stopped (crashed process) is taken over.
  heartbeat_at timestamptz,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index bulk_job_workspace on bulk_job (workspace_id, created_at desc);
create index bulk_job_pending on bulk_job (created_at) where status in ('QUEUED','RUNNING');
`);
  }
}
