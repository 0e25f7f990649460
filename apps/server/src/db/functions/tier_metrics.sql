-- A customer's measures for tiers: purchases net of returns, purchases not fully returned and the
-- net XP (minor units) over the last p_days days; all time (p_days null) adds the opening purchase
-- total and takes XP from the balance. Used by tier_evaluate and by TierService.progress.

create or replace function tier_metrics(p_workspace uuid, p_customer uuid, p_days int, p_xp uuid, p_now timestamptz)
  returns table (purchase_total numeric, purchase_count bigint, xp_minor numeric)
  language sql stable as $$
  select
    coalesce((select sum(p.amount - p.returned_amount) from purchase p
               where p.customer_id = p_customer and p.workspace_id = p_workspace
                 and (p_days is null or p.purchased_at > p_now - make_interval(days => p_days))), 0)
      + case when p_days is null then coalesce((
          select case when jsonb_typeof(c.attributes->'openingPurchaseTotal') = 'number'
                      then (c.attributes->>'openingPurchaseTotal')::numeric end
            from customer c where c.workspace_id = p_workspace and c.id = p_customer), 0) else 0 end,
    (select count(*) from purchase p
      where p.customer_id = p_customer and p.workspace_id = p_workspace and p.returned_amount < p.amount
        and (p_days is null or p.purchased_at > p_now - make_interval(days => p_days))),
    case
      when p_xp is null then 0::numeric
      when p_days is null then coalesce((select b.amount from balance b
                                          where b.workspace_id = p_workspace and b.customer_id = p_customer
                                            and b.currency_id = p_xp), 0)::numeric
      else coalesce((select sum(o.amount) from ledger_operation o
                      where o.customer_id = p_customer and o.currency_id = p_xp and o.workspace_id = p_workspace
                        and o.created_at > p_now - make_interval(days => p_days)), 0)::numeric
    end
$$;
