import { Migration } from '@mikro-orm/migrations';

/** The audit log: what staff, keys and the system did to a workspace's staff, roles, keys and sign-ins. */
export class Migration20261205000000_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table audit_event (
  workspace_id uuid not null references workspace(id),
  id bigint generated always as identity,
  occurred_at timestamptz not null default now(),
  type text not null,
  actor_kind text not null,
  actor_id text,
  actor_name text not null,
  -- What the event is about (a staff member's id, a key's id, an email), for filtering.
  subject text,
  details jsonb not null default '{}',
  primary key (workspace_id, id)
);
create index audit_event_type on audit_event (workspace_id, type, id);
`);
  }
}
