-- A customer's tier is decided here, set-based for one customer or thousands (the service passes
-- chunks of EVALUATE_CHUNK). Re-evaluates these customers of the workspace and returns those whose
-- tier, since or review date changed, with the old and new tier keys; the caller writes the
-- TIER_CHANGED history rows in the same transaction. p_exclude: a tier being deleted (its holders are
-- placed as if it did not exist, whatever the downgrade policy). p_scale: the XP currency's minor
-- units per unit. Each step of the statement is a named CTE:
--   tiers     the workspace's tiers (without p_exclude)
--   measured  each customer's tier row and measures over the window (tier_metrics)
--   reached   the highest tier whose thresholds all hold (tier_shortfall lacks nothing)
--   floored   raised to the manual floor
--   kept      the downgrade policy: a higher tier (or a first one) is taken at once, a lower one
--             only under IMMEDIATE, or under PERIOD_END once the review date has come
--   dated     since (when the tier last changed) and the PERIOD_END review date
--   written   the rows that changed, updated

create or replace function tier_evaluate(p_workspace uuid, p_ids uuid[], p_exclude uuid, p_days int, p_xp uuid,
    p_scale numeric, p_policy text, p_months int, p_now timestamptz)
  returns table (customer_id uuid, old_key text, new_key text)
  language plpgsql as $$
#variable_conflict use_column
begin
  -- Every live customer gets a row, and the rows are locked in customer order, so evaluations of
  -- overlapping sets of customers never wait on each other in a circle.
  insert into customer_tier (customer_id, workspace_id)
    select c.id, c.workspace_id from customer c
     where c.workspace_id = p_workspace and c.id = any(p_ids) and c.deleted_at is null
  on conflict do nothing;
  perform 1 from customer_tier ct
    where ct.customer_id = any(p_ids) and ct.workspace_id = p_workspace order by ct.customer_id for update;

  return query
  with tiers as (
    select t.id, t.key, t.position, t.min_purchase_total, t.min_purchase_count, t.min_xp from tier t
     where t.workspace_id = p_workspace and t.id is distinct from p_exclude
  ), measured as (
    select ct.customer_id as id, ct.tier_id as cur_id, ct.manual_tier_id, ct.since, ct.review_at,
           x.purchase_total, x.purchase_count, x.xp_minor / p_scale as xp
      from customer_tier ct
      join customer c on c.workspace_id = ct.workspace_id and c.id = ct.customer_id and c.deleted_at is null
      cross join lateral tier_metrics(p_workspace, ct.customer_id, p_days, p_xp, p_now) x
     where ct.workspace_id = p_workspace and ct.customer_id = any(p_ids)
  ), reached as (
    select m.*, (select t.id from tiers t
                   cross join lateral tier_shortfall(t.min_purchase_total, t.min_purchase_count, t.min_xp,
                                                     m.purchase_total, m.purchase_count, m.xp) lacking
                  where coalesce(lacking.purchase_total, 0) = 0 and coalesce(lacking.purchase_count, 0) = 0
                    and coalesce(lacking.xp, 0) = 0
                  order by t.position desc limit 1) as reached_id
      from measured m
  ), floored as (
    select r.id, r.cur_id, r.since, r.review_at, cur_tier.position as cur_pos,
           case when floor_tier.id is not null
                     and (reached_tier.id is null or floor_tier.position > reached_tier.position)
                then floor_tier.id else reached_tier.id end as candidate
      from reached r
      left join tiers reached_tier on reached_tier.id = r.reached_id
      left join tiers floor_tier on floor_tier.id = r.manual_tier_id
      left join tiers cur_tier on cur_tier.id = r.cur_id
  ), kept as (
    select f.*, case
        when f.cur_pos is null then f.candidate
        when coalesce(candidate_tier.position, 0) >= f.cur_pos then f.candidate
        when p_policy = 'IMMEDIATE' then f.candidate
        when p_policy = 'PERIOD_END' and (f.review_at is null or f.review_at <= p_now) then f.candidate
        else f.cur_id
      end as new_id
      from floored f left join tiers candidate_tier on candidate_tier.id = f.candidate
  ), dated as (
    select k.id, k.cur_id, k.new_id,
           case when k.new_id is distinct from k.cur_id then (case when k.new_id is not null then p_now end)
                else k.since end as new_since,
           case when p_policy <> 'PERIOD_END' or k.new_id is null then null
                when k.new_id is distinct from k.cur_id or k.review_at is null or k.review_at <= p_now
                  then p_now + make_interval(months => p_months)
                else k.review_at end as new_review
      from kept k
  ), written as (
    update customer_tier ct set tier_id = d.new_id, since = d.new_since, review_at = d.new_review, updated_at = p_now
      from dated d
     where ct.workspace_id = p_workspace and ct.customer_id = d.id
       and (ct.tier_id is distinct from d.new_id or ct.since is distinct from d.new_since
            or ct.review_at is distinct from d.new_review)
    returning ct.customer_id, d.cur_id, d.new_id
  )
  select written.customer_id, o.key, n.key from written
    left join tier o on o.workspace_id = p_workspace and o.id = written.cur_id
    left join tier n on n.workspace_id = p_workspace and n.id = written.new_id;
end $$;
