import { Migration } from '@mikro-orm/migrations';

/**
 * RFM segmentation (issue 4, G11): each customer's recency, frequency and monetary figures, their
 * 1–5 scores and named segment, recomputed set-based from `purchase` (see modules/rfm). A customer
 * without a (not fully returned) purchase has no row. Like the ledger tables, customer_rfm keeps its
 * references unconstrained: the recomputation writes up to every customer of a workspace in one
 * statement (a key check per row would share-lock the one workspace row a million times) and reads
 * the customers it scores in that same statement; customers and workspaces are never deleted.
 */
export class Migration20261123320000_rfm extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table customer_rfm (
  customer_id uuid primary key,
  workspace_id uuid not null,
  -- Whole days between the last purchase and the recomputation, in the programme's time zone.
  recency_days int not null check (recency_days >= 0),
  frequency int not null check (frequency > 0),
  -- Purchases net of returns, in the workspace's money.
  monetary numeric(18, 2) not null,
  r smallint not null check (r between 1 and 5),
  f smallint not null check (f between 1 and 5),
  m smallint not null check (m between 1 and 5),
  segment text not null,
  -- When the segment last changed (or the customer was first scored).
  since timestamptz not null,
  -- When these figures were last written; unchanged rows are not rewritten.
  computed_at timestamptz not null
);
-- No index beyond the key: a first run writes every row, and each index costs about a quarter of
-- that; customers are read by id, a recomputation reads the table whole, and the counts per segment
-- are kept in rfm_run.

-- The last recomputation per workspace: the daily job runs a workspace once its run is a day old.
create table rfm_run (
  workspace_id uuid primary key references workspace(id),
  computed_at timestamptz not null,
  customers_scored int not null,
  segments_changed int not null,
  duration_ms int not null,
  -- {segment: customers} as written by that run (only a recomputation writes customer_rfm).
  segments jsonb not null default '{}'
);

-- The recomputation's aggregate reads only this index (an index-only scan in customer order, so
-- the grouping streams instead of hashing a million groups): 35 s → 15 s over 5,000,000 purchases.
create index purchase_rfm on purchase (workspace_id, customer_id) include (purchased_at, amount, returned_amount);
`);
  }
}
