import { Migration } from '@mikro-orm/migrations';

/**
 * Customer analytics: the workspace's lifecycle rules and the attributes its profile completeness
 * counts (null: every attribute not retired), and on the RFM run the segment movement it caused.
 */
export class Migration20261205000035_analytics extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table workspace
  add column lifecycle_new_days int not null default 30 check (lifecycle_new_days between 1 and 3650),
  add column lifecycle_at_risk_days int not null default 90 check (lifecycle_at_risk_days between 1 and 3650),
  add column lifecycle_lost_days int not null default 180 check (lifecycle_lost_days between 1 and 3650),
  add column completeness_attributes text[],
  add constraint workspace_lifecycle_order check (lifecycle_at_risk_days < lifecycle_lost_days);

-- The run before the last and, per (from, to) pair, how many customers the last run moved:
-- [{"from": segment | null, "to": segment | null, "customers": n}] (null: no score before / after).
alter table rfm_run
  add column previous_computed_at timestamptz,
  add column movement jsonb not null default '[]';
`);
  }
}
