-- The workspace's customer-number lock, the one place its key is written: a single insert takes it
-- (customer_number_assign) before counting its number; a bulk write that inserts the numbers after an
-- earlier write's holds it shared until it ends (customers/customer-numbers.ts), so no single insert
-- takes a number that write is about to count. Held until the transaction ends.
create or replace function customer_number_lock(workspace uuid, shared boolean default false)
  returns void language plpgsql as $$
begin
  if shared then
    perform pg_advisory_xact_lock_shared(hashtext('customer_number'), hashtext(workspace::text));
  else
    perform pg_advisory_xact_lock(hashtext('customer_number'), hashtext(workspace::text));
  end if;
end $$;
