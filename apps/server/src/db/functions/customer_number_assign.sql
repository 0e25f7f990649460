-- Gives every new customer the next number of its workspace (1, 2, 3…), whoever inserts it (the API,
-- an import, the demo). The workspace's counter row stays locked until the inserting transaction
-- ends, so two writers never take the same number; a rolled-back insert rolls its count back too.
-- A bulk write (an import's chunk) takes its numbers from the counter in one step and brings them:
-- a thousand upserts of one counter row in one transaction walk an ever longer chain of its versions.
-- A bulk write may insert the numbers after an earlier one's before it takes them from the counter
-- (customers/customer-numbers.ts); it holds the workspace's customer-number lock (customer_number_lock)
-- shared meanwhile, so a single insert waits for it here instead of taking one of those numbers.
create or replace function customer_number_assign() returns trigger language plpgsql as $$
begin
  if new.number is not null then
    return new;
  end if;
  perform customer_number_lock(new.workspace_id);
  insert into customer_number_counter as k (workspace_id, last_number) values (new.workspace_id, 1)
    on conflict (workspace_id) do update set last_number = k.last_number + 1
    returning k.last_number into new.number;
  return new;
end $$;

create or replace trigger customer_number_assign before insert on customer
  for each row execute function customer_number_assign();
