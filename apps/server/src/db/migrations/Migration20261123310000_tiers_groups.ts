import { Migration } from '@mikro-orm/migrations';

/**
 * Tiers (G5) and manual groups (G8). A customer's tier is decided in the database by tier_evaluate,
 * set-based for one customer or thousands: it locks their customer_tier rows, measures purchases and
 * XP over the workspace's window (tier_metrics), picks the highest tier whose thresholds all hold,
 * raises it to the manual floor and applies the downgrade policy. The caller writes the TIER_CHANGED
 * history rows in the same transaction.
 */
export class Migration20261123310000_tiers_groups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
-- Position 1 is the lowest tier; a tier is reached when every threshold it sets holds.
create table tier (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  key text not null check (key ~ '^[a-z][a-z0-9_]{0,30}$'),
  name jsonb not null,
  position int not null check (position >= 1),
  min_purchase_total numeric(16, 2) check (min_purchase_total >= 0),
  min_purchase_count int check (min_purchase_count >= 0),
  min_xp numeric(20, 4) check (min_xp >= 0),
  rules jsonb not null default '{}' check (jsonb_typeof(rules) = 'object'),
  created_at timestamptz not null default now(),
  unique (workspace_id, key)
);
create index tier_workspace on tier (workspace_id, position);

create table tier_policy (
  workspace_id uuid primary key references workspace(id),
  -- null: all time
  window_days int check (window_days between 1 and 3660),
  downgrade_policy text not null default 'NEVER' check (downgrade_policy in ('NEVER', 'IMMEDIATE', 'PERIOD_END')),
  period_months int not null default 12 check (period_months between 1 and 120),
  updated_at timestamptz not null default now()
);

-- One row per evaluated customer (no foreign key to customer, like the ledger tables: the writers
-- read the customer in the same statement).
create table customer_tier (
  customer_id uuid primary key,
  workspace_id uuid not null references workspace(id),
  tier_id uuid references tier(id),
  -- The floor: the customer never sits below it.
  manual_tier_id uuid references tier(id),
  since timestamptz,
  -- PERIOD_END: the tier is kept at least until then, and re-evaluated by the review job.
  review_at timestamptz,
  updated_at timestamptz not null default now()
);
create index customer_tier_review on customer_tier (review_at) where review_at is not null;
create index customer_tier_tier on customer_tier (tier_id) where tier_id is not null;
create index customer_tier_manual on customer_tier (manual_tier_id) where manual_tier_id is not null;

-- Purchases net of returns, purchases not fully returned and the net XP (minor units) over the last
-- p_days days; all time (p_days null) adds the opening purchase total and takes XP from the balance.
create function tier_metrics(p_workspace uuid, p_customer uuid, p_days int, p_xp uuid, p_now timestamptz)
  returns table (purchase_total numeric, purchase_count bigint, xp_minor numeric)
  language sql stable as $$
  select
    coalesce((select sum(p.amount - p.returned_amount) from purchase p
               where p.customer_id = p_customer and p.workspace_id = p_workspace
                 and (p_days is null or p.purchased_at > p_now - make_interval(days => p_days))), 0)
      + case when p_days is null then coalesce((
          select case when jsonb_typeof(c.attributes->'openingPurchaseTotal') = 'number'
                      then (c.attributes->>'openingPurchaseTotal')::numeric end
            from customer c where c.id = p_customer), 0) else 0 end,
    (select count(*) from purchase p
      where p.customer_id = p_customer and p.workspace_id = p_workspace and p.returned_amount < p.amount
        and (p_days is null or p.purchased_at > p_now - make_interval(days => p_days))),
    case
      when p_xp is null then 0::numeric
      when p_days is null then coalesce((select b.amount from balance b
                                          where b.customer_id = p_customer and b.currency_id = p_xp), 0)::numeric
      else coalesce((select sum(o.amount) from ledger_operation o
                      where o.customer_id = p_customer and o.currency_id = p_xp
                        and o.created_at > p_now - make_interval(days => p_days)), 0)::numeric
    end
$$;

-- Re-evaluates these customers of the workspace; returns those whose tier, since or review date
-- changed, with the old and new tier keys. p_exclude: a tier being deleted (its holders are placed as
-- if it did not exist, whatever the downgrade policy).
create function tier_evaluate(p_workspace uuid, p_ids uuid[], p_exclude uuid, p_days int, p_xp uuid,
    p_scale numeric, p_policy text, p_months int, p_now timestamptz)
  returns table (customer_id uuid, old_key text, new_key text)
  language plpgsql as $$
#variable_conflict use_column
begin
  insert into customer_tier (customer_id, workspace_id)
    select c.id, c.workspace_id from customer c
     where c.workspace_id = p_workspace and c.id = any(p_ids) and c.deleted_at is null
  on conflict do nothing;
  perform 1 from customer_tier ct
    where ct.customer_id = any(p_ids) and ct.workspace_id = p_workspace order by ct.customer_id for update;

  return query
  with t as (
    select t.id, t.key, t.position, t.min_purchase_total, t.min_purchase_count, t.min_xp from tier t
     where t.workspace_id = p_workspace and t.id is distinct from p_exclude
  ), m as (
    select ct.customer_id as id, ct.tier_id as cur_id, ct.manual_tier_id, ct.since, ct.review_at,
           x.purchase_total, x.purchase_count, x.xp_minor / p_scale as xp
      from customer_tier ct
      join customer c on c.id = ct.customer_id and c.deleted_at is null
      cross join lateral tier_metrics(p_workspace, ct.customer_id, p_days, p_xp, p_now) x
     where ct.workspace_id = p_workspace and ct.customer_id = any(p_ids)
  ), q as (
    select m.*, (select t.id from t
                  where (t.min_purchase_total is null or m.purchase_total >= t.min_purchase_total)
                    and (t.min_purchase_count is null or m.purchase_count >= t.min_purchase_count)
                    and (t.min_xp is null or m.xp >= t.min_xp)
                  order by t.position desc limit 1) as qualified
      from m
  ), f as (
    select q.id, q.cur_id, q.since, q.review_at, cur.position as cur_pos,
           case when mt.id is not null and (qt.id is null or mt.position > qt.position) then mt.id else qt.id end
             as candidate
      from q
      left join t qt on qt.id = q.qualified
      left join t mt on mt.id = q.manual_tier_id
      left join t cur on cur.id = q.cur_id
  ), g as (
    select f.*, case
        when f.cur_pos is null then f.candidate
        when coalesce(cp.position, 0) >= f.cur_pos then f.candidate
        when p_policy = 'IMMEDIATE' then f.candidate
        when p_policy = 'PERIOD_END' and (f.review_at is null or f.review_at <= p_now) then f.candidate
        else f.cur_id
      end as new_id
      from f left join t cp on cp.id = f.candidate
  ), h as (
    select g.id, g.cur_id, g.new_id,
           case when g.new_id is distinct from g.cur_id then (case when g.new_id is not null then p_now end)
                else g.since end as new_since,
           case when p_policy <> 'PERIOD_END' or g.new_id is null then null
                when g.new_id is distinct from g.cur_id or g.review_at is null or g.review_at <= p_now
                  then p_now + make_interval(months => p_months)
                else g.review_at end as new_review
      from g
  ), changed as (
    update customer_tier ct set tier_id = h.new_id, since = h.new_since, review_at = h.new_review, updated_at = p_now
      from h
     where ct.customer_id = h.id
       and (ct.tier_id is distinct from h.new_id or ct.since is distinct from h.new_since
            or ct.review_at is distinct from h.new_review)
    returning ct.customer_id, h.cur_id, h.new_id
  )
  select changed.customer_id, o.key, n.key from changed
    left join tier o on o.id = changed.cur_id
    left join tier n on n.id = changed.new_id;
end $$;

-- Manual groups: any customer in any number of groups.
create table customer_group (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  name text not null check (length(name) between 1 and 80),
  description text not null default '',
  created_at timestamptz not null default now()
);
create unique index customer_group_name on customer_group (workspace_id, lower(name));

create table customer_group_member (
  group_id uuid not null references customer_group(id) on delete cascade,
  customer_id uuid not null,
  workspace_id uuid not null,
  added_at timestamptz not null default now(),
  primary key (group_id, customer_id)
);
create index customer_group_member_customer on customer_group_member (customer_id);

-- A balance batch may give to every member of a group (G8).
alter table balance_batch drop constraint balance_batch_identifier_check;
alter table balance_batch add constraint balance_batch_identifier_check
  check (identifier in ('MOBILE', 'EMAIL', 'CARD_NUMBER', 'CUSTOMER_ID', 'SEGMENT', 'GROUP'));
`);
  }
}
