import { Migration } from '@mikro-orm/migrations';

/** Uploaded files (bulk balance files, imports): kept a day for the call that reads them. */
export class Migration20261205000004_files extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table uploaded_file (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  size integer not null,
  content bytea not null,
  staff_id uuid not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (workspace_id, id)
);
create index uploaded_file_expires on uploaded_file (expires_at);
`);
  }
}
