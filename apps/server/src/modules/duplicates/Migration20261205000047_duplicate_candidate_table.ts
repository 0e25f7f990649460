import { Migration } from '@mikro-orm/migrations';

/**
 * Duplicate candidates kept in a table (a pair of live customers a row, best first by the ranking
 * index), refreshed by the `duplicates.refresh` job; the screen pages through it. A pair goes with
 * either customer (foreign keys), when the pair is merged (merge.service.ts), and at the next refresh
 * once either customer is no longer live. `duplicate_refresh` says when a workspace was last refreshed
 * and up to which customer change, so the job refreshes only workspaces whose customers changed.
 */
export class Migration20261205000047_duplicate_candidate_table extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table duplicate_candidate (
  workspace_id uuid not null references workspace(id),
  customer_a uuid not null,
  customer_b uuid not null,
  reason text not null check (reason in ('EMAIL', 'NAME_BIRTH_DATE')),
  key text not null,
  score numeric(4, 1) not null,
  primary key (workspace_id, customer_a, customer_b),
  check (customer_a < customer_b),
  foreign key (workspace_id, customer_a) references customer (workspace_id, id) on delete cascade,
  foreign key (workspace_id, customer_b) references customer (workspace_id, id) on delete cascade
);
create index duplicate_candidate_rank
  on duplicate_candidate (workspace_id, score desc, reason, key, customer_a, customer_b);
create index duplicate_candidate_b on duplicate_candidate (workspace_id, customer_b);

create table duplicate_refresh (
  workspace_id uuid not null primary key references workspace(id),
  refreshed_at timestamptz not null,
  changes_until timestamptz,
  pairs integer not null,
  duration_ms integer not null
);
`);
  }
}
