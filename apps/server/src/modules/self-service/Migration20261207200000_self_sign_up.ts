import { Migration } from '@mikro-orm/migrations';

/**
 * Self sign-up: `workspace.self_sign_up` opens the customers' pages to people who join by
 * themselves (off until an admin turns it on). `customer_sign_up`: a sign-up waiting for its SMS
 * code — the code's SHA-256 only (six digits live ten minutes and five tries, so a plain hash is
 * enough), the tries used, and what the person typed. Kept a day after it ends, so the number of
 * sign-ups per mobile can be counted; the `self-service.prune` job deletes older ones.
 */
export class Migration20261207200000_self_sign_up extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table workspace add column self_sign_up boolean not null default false;

create table customer_sign_up (
  workspace_id uuid not null references workspace(id),
  id uuid not null,
  mobile text not null,
  first_name text not null,
  last_name text,
  language text not null check (language in ('en', 'ru', 'fa')),
  code_hash text not null,
  attempts smallint not null default 0,
  expires_at timestamptz not null,
  finished_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (workspace_id, id)
);
create index customer_sign_up_mobile on customer_sign_up (workspace_id, mobile, created_at);
create index customer_sign_up_created on customer_sign_up (created_at);
`);
  }
}
