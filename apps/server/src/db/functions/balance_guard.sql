-- A balance starts at zero and then moves only with a ledger operation, so it always equals their
-- sum. The conditions sit in the triggers' WHEN clauses, evaluated without calling PL/pgSQL: the
-- function runs only to refuse. A balance is updated legitimately by ledger_operation_apply (trigger
-- depth 1 while WHEN is evaluated) and by ledger_apply_batch and ledger_apply_together
-- (patron.ledger_batch on, while they move a whole set of balances with one UPDATE).

create or replace function balance_guard() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    if new.amount <> 0 then raise exception 'a balance starts at zero'; end if;
  elsif tg_op = 'DELETE' or (pg_trigger_depth() < 2
      and current_setting('patron.ledger_batch', true) is distinct from 'on') then
    raise exception 'a balance changes only through a ledger operation';
  end if;
  return coalesce(new, old);
end $$;

create or replace trigger balance_guard_insert before insert on balance
  for each row when (new.amount <> 0) execute function balance_guard();
create or replace trigger balance_guard_update before update on balance
  for each row when (pg_trigger_depth() < 1 and current_setting('patron.ledger_batch', true) is distinct from 'on')
  execute function balance_guard();
create or replace trigger balance_guard_delete before delete on balance
  for each row execute function balance_guard();
