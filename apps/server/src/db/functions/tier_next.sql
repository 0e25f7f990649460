-- The next tier above a customer's current one: the lowest tier of the workspace placed higher, or its
-- lowest tier for a customer without one (or whose tier is not the workspace's); null at the top.
-- TierService.progress shows it with what it still lacks (tier_shortfall).

create or replace function tier_next(p_workspace uuid, p_current uuid) returns uuid
  language sql stable as $$
  select t.id from tier t
   where t.workspace_id = p_workspace
     and t.position > coalesce((select c.position from tier c
                                 where c.id = p_current and c.workspace_id = p_workspace), 0)
   order by t.position
   limit 1
$$;
