-- The database keeps the balance: inserting an operation adds its amount to the balance row and
-- stamps balance_after, and an operation without its balance row is refused. Inside
-- ledger_apply_batch and ledger_apply_together (patron.ledger_batch on) the balances of a whole set
-- are moved by one UPDATE of exactly the sum of the operations inserted, so it returns at once. The
-- trigger has no WHEN clause: PostgreSQL parses a WHEN from text per statement, which cost each
-- single operation more than the call costs each line of a batch.

create or replace function ledger_operation_apply() returns trigger language plpgsql as $$
begin
  if current_setting('patron.ledger_batch', true) = 'on' then
    return new;
  end if;
  -- updated_at is when the row changed: an operation imported with its past date changes it now.
  update balance set amount = amount + new.amount, updated_at = now()
    where workspace_id = new.workspace_id and customer_id = new.customer_id and currency_id = new.currency_id
    returning amount into new.balance_after;
  if not found then
    raise exception 'no balance row for customer % currency %', new.customer_id, new.currency_id;
  end if;
  return new;
end $$;

create or replace trigger ledger_operation_apply before insert on ledger_operation
  for each row execute function ledger_operation_apply();
