import { Migration } from '@mikro-orm/migrations';

/**
 * Imports of customers and purchase history: the import itself (the user-visible record of the
 * background job), the chunks already applied (so a re-run skips them), the rows not imported (the
 * report) and saved column mappings (templates).
 */
export class Migration20261205000022_imports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table import (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('CUSTOMERS','PURCHASES')),
  state text not null default 'MAPPING' check (state in ('MAPPING','QUEUED','RUNNING','DONE','FAILED','CANCELLED')),
  file_id uuid not null,
  file_name text not null,
  content_hash text not null,
  format text not null check (format in ('CSV','XLSX')),
  encoding text,
  delimiter text,
  sheets text[] not null default '{}',
  sheet text,
  columns jsonb not null default '[]',
  mode text not null default 'CREATE_OR_UPDATE',
  match_on text not null default 'MOBILE',
  apply_earning_rules boolean not null default false,
  counts jsonb not null default '{"rows":0,"created":0,"updated":0,"attached":0,"skipped":0,"invalid":0}',
  total integer,
  done integer not null default 0,
  problem jsonb,
  report_file_id uuid,
  requested_by uuid not null,
  requested_by_name text not null,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  heartbeat_at timestamptz,
  primary key (workspace_id, id)
);
-- The runner looks for queued imports across every workspace.
create index import_pending on import (created_at) where state in ('QUEUED','RUNNING');

create table import_chunk (
  workspace_id uuid not null,
  import_id uuid not null,
  first_line integer not null,
  last_line integer not null,
  counts jsonb not null,
  applied_at timestamptz not null default now(),
  primary key (workspace_id, import_id, first_line),
  foreign key (workspace_id, import_id) references import (workspace_id, id) on delete cascade
);

create table import_row_problem (
  workspace_id uuid not null,
  import_id uuid not null,
  line integer not null,
  column_header text,
  code text not null,
  params jsonb not null default '{}',
  cells jsonb not null,
  primary key (workspace_id, import_id, line),
  foreign key (workspace_id, import_id) references import (workspace_id, id) on delete cascade
);

create table import_template (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  kind text not null,
  name text not null,
  columns jsonb not null,
  created_at timestamptz not null default now(),
  primary key (workspace_id, id),
  unique (workspace_id, kind, name)
);
`);
  }
}
