import { Migration } from '@mikro-orm/migrations';

/**
 * Child profiles and merges. A child profile (one that arrived for a person already in the base, or
 * one merged into another) keeps its row with `main_customer_id` pointing at its main profile and
 * `deleted_at` set: lists, counts, search, segments, uniqueness and jobs already skip such rows, so
 * a child is never counted as a customer of its own. `customer_merge` is the record of one merge:
 * what moved, so an unmerge can move exactly that back.
 */
export class Migration20261205000025_child_profiles_merge extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table customer add column main_customer_id uuid;
alter table customer add constraint customer_main_customer_fkey
  foreign key (workspace_id, main_customer_id) references customer (workspace_id, id);
alter table customer add constraint customer_main_not_self check (main_customer_id <> id);
create index customer_children on customer (workspace_id, main_customer_id, created_at)
  where main_customer_id is not null;

create table customer_merge (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  main_id uuid not null,
  merged_id uuid not null,
  merged_at timestamptz not null default now(),
  unmerged_at timestamptz,
  actor_kind text not null,
  actor_id text,
  actor_name text not null,
  -- What the merge moved: {purchases, returns, history, tagsAdded, groupsAdded, groupsLeft,
  -- referralsMoved, ownReferral, referralDropped, children, balances: [{currency, expiresAt, amount}]}.
  moved jsonb not null,
  -- Counts for the card and the dialog: {purchases, history, tags, groups, referrals, children}.
  counts jsonb not null default '{}',
  primary key (workspace_id, id),
  foreign key (workspace_id, main_id) references customer (workspace_id, id),
  foreign key (workspace_id, merged_id) references customer (workspace_id, id)
);
create index customer_merge_merged on customer_merge (workspace_id, merged_id, merged_at desc);
create index customer_merge_main on customer_merge (workspace_id, main_id, merged_at desc);
`);
  }
}
