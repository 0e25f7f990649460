import { Migration } from '@mikro-orm/migrations';

/**
 * Customer exports: the row is what the requester sees (state, progress, problem) and what the job
 * claims; the file lives in the files module and is named here, with the time it stops being served.
 */
export class Migration20261205000024_exports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table customer_export (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  requested_by uuid not null,
  requested_by_name text not null,
  -- Which customers: the bulk actions' selection (ids, or filter/search/segment, or all).
  selection jsonb not null,
  format text not null check (format in ('CSV', 'XLSX')),
  delimiter text not null check (delimiter in (',', ';', E'\\t')),
  columns jsonb not null check (jsonb_typeof(columns) = 'array'),
  date_style text not null check (date_style in ('CALENDAR', 'ISO')),
  -- The requester's language, calendar and the workspace's time zone when the export was asked for.
  locale text not null check (locale in ('EN', 'RU', 'FA')),
  calendar text not null check (calendar in ('GREGORIAN', 'JALALI')),
  time_zone text not null,
  state text not null default 'QUEUED' check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
  total integer,
  done integer not null default 0,
  problem jsonb,
  file_id uuid,
  file_name text,
  file_size bigint,
  expires_at timestamptz,
  heartbeat_at timestamptz,
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  primary key (workspace_id, id)
);
create index customer_export_queue on customer_export (created_at) where state in ('QUEUED', 'RUNNING');
create index customer_export_requester on customer_export (workspace_id, requested_by, created_at desc);
`);
  }
}
