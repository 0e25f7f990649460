import { Migration } from '@mikro-orm/migrations';

/**
 * Files are kept as numbered chunks of about a megabyte, so an upload or an export of hundreds of
 * megabytes streams in and out without being held whole in memory; each file gets a content type.
 */
export class Migration20261205000027_file_chunks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table uploaded_file_chunk (
  workspace_id uuid not null,
  file_id uuid not null,
  seq integer not null,
  bytes bytea not null,
  primary key (workspace_id, file_id, seq),
  foreign key (workspace_id, file_id) references uploaded_file (workspace_id, id) on delete cascade
);
insert into uploaded_file_chunk (workspace_id, file_id, seq, bytes)
  select workspace_id, id, 0, content from uploaded_file;
alter table uploaded_file drop column content;
alter table uploaded_file add column content_type text not null default 'application/octet-stream';
`);
  }
}
