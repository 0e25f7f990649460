-- The one statement of what reaching a tier means. For a customer's measures, what is still lacking
-- for a tier, per threshold the tier sets: null where it sets none, 0 where it holds. A tier is
-- reached when nothing is lacking (every threshold it sets holds). tier_evaluate picks the highest
-- tier reached; TierService.progress shows what the next tier (tier_next) still lacks.

create or replace function tier_shortfall(
    p_min_purchase_total numeric, p_min_purchase_count int, p_min_xp numeric,
    p_purchase_total numeric, p_purchase_count bigint, p_xp numeric)
  returns table (purchase_total numeric, purchase_count bigint, xp numeric)
  language sql immutable as $$
  select
    case when p_min_purchase_total is not null then greatest(p_min_purchase_total - p_purchase_total, 0) end,
    case when p_min_purchase_count is not null then greatest(p_min_purchase_count - p_purchase_count, 0) end,
    case when p_min_xp is not null then greatest(p_min_xp - p_xp, 0) end
$$;
