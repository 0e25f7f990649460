-- A customer's tier is decided here, set-based for one customer or thousands (the service passes
-- chunks of EVALUATE_CHUNK): it locks their customer_tier rows, measures purchases and XP over the
-- workspace's window (tier_metrics), picks the highest tier whose thresholds all hold, raises it to
-- the manual floor and applies the downgrade policy. Returns the customers whose tier, since or review
-- date changed, with the old and new tier keys; the caller writes the TIER_CHANGED history rows in the
-- same transaction. p_exclude: a tier being deleted (its holders are placed as if it did not exist,
-- whatever the downgrade policy).

create or replace function tier_evaluate(p_workspace uuid, p_ids uuid[], p_exclude uuid, p_days int, p_xp uuid,
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
