-- A subtraction takes from one grant: the grant keeps what is left, and the consumption says which
-- operation took how much from it (so a reversal can give it back to the same grant). Returns what
-- the subtraction still needs after this grant.

create or replace function ledger_grant_take(
    p_workspace uuid, p_operation bigint, p_grant bigint, p_remaining bigint, p_need bigint)
  returns bigint language plpgsql as $$
declare
  v_take bigint := least(p_remaining, p_need);
begin
  update ledger_grant set remaining = remaining - v_take
   where workspace_id = p_workspace and operation_id = p_grant;
  insert into ledger_consumption (workspace_id, operation_id, grant_id, amount)
    values (p_workspace, p_operation, p_grant, v_take);
  return p_need - v_take;
end $$;
