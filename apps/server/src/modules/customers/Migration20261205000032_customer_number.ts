import { Migration } from '@mikro-orm/migrations';

/**
 * Customer numbers: 1, 2, 3… per workspace, for staff to read out and type into search. Existing
 * customers are numbered in the order they were created; new ones get theirs from the trigger in
 * db/functions/customer_number_assign.sql, which counts in customer_number_counter.
 */
export class Migration20261205000032_customer_number extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table customer_number_counter (
  workspace_id uuid not null references workspace(id),
  last_number int not null check (last_number >= 1),
  primary key (workspace_id)
);
alter table customer add column number int;
update customer c set number = n.number
  from (select workspace_id, id,
               row_number() over (partition by workspace_id order by created_at, id) as number
          from customer) n
 where c.workspace_id = n.workspace_id and c.id = n.id;
insert into customer_number_counter (workspace_id, last_number)
  select workspace_id, max(number) from customer group by workspace_id;
alter table customer alter column number set not null;
create unique index customer_number on customer (workspace_id, number);
`);
  }
}
