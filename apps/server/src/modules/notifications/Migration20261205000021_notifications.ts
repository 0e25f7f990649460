import { Migration } from '@mikro-orm/migrations';

/** The bell: notices for one staff member (an import finished, an export is ready, a job failed). */
export class Migration20261205000021_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table notification (
  workspace_id uuid not null references workspace(id),
  id bigint generated always as identity,
  staff_id uuid not null references staff(id) on delete cascade,
  -- Declared by the module that writes it ('import.finished', 'job.failed'); the SPA words it from params.
  kind text not null,
  params jsonb not null default '{}',
  -- Where a click leads: an in-app route (#/imports/ID) or a download (/files/ID).
  link text,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  primary key (workspace_id, id)
);
-- A person's list, newest first; the unread count (polled by every open tab) reads only unread rows.
create index notification_staff on notification (workspace_id, staff_id, id);
create index notification_unread on notification (workspace_id, staff_id, id) where read_at is null;
-- The prune job walks old notices across every workspace.
create index notification_created on notification (created_at);
`);
  }
}
