-- Ledger operations are immutable: a correction is a reversing operation, never an UPDATE or DELETE.

create or replace function ledger_operation_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'ledger operations are immutable; correct one with a reversing operation';
end $$;

create or replace trigger ledger_operation_immutable before update or delete on ledger_operation
  for each row execute function ledger_operation_immutable();
