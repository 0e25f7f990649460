import { Migration } from '@mikro-orm/migrations';

/** Notes staff write on a customer's card, and the staff each one mentions. */
export class Migration20261205000030_notes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table customer_note (
  workspace_id uuid not null,
  id bigint generated always as identity,
  customer_id uuid not null,
  -- Staff is a global table: a plain foreign key. The name is kept so a note outlives its author's account.
  author_id uuid references staff(id) on delete set null,
  author_name text not null,
  -- Plain text; a mention is written in it as @[Name](staff id).
  body text not null,
  -- The staff ids the body mentions, kept beside it so an edit can tell who is newly mentioned.
  mentions uuid[] not null default '{}',
  pinned boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (workspace_id, id),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id)
);
-- The card's list: pinned first, newest first.
create index customer_note_list on customer_note (workspace_id, customer_id, pinned desc, id desc);
`);
  }
}
