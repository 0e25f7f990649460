import { Migration } from '@mikro-orm/migrations';

/**
 * Relations between two customers of a workspace. The shipped types (family, colleague…) live in
 * code; relation_type holds the types a workspace adds. A pair is linked at most once per type,
 * whichever side it was added from.
 */
export class Migration20261205000033_relations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table relation_type (
  id uuid not null default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  key text not null check (key ~ '^[a-z][a-z0-9_]{0,30}$'),
  -- What the related customer is to the customer; inverse_name what the customer is to the related
  -- one (null: the same, a symmetric type).
  name jsonb not null,
  inverse_name jsonb,
  created_at timestamptz not null default now(),
  primary key (workspace_id, id),
  unique (workspace_id, key)
);

create table customer_relation (
  id uuid not null default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  type_key text not null,
  customer_id uuid not null,
  related_id uuid not null,
  created_at timestamptz not null default now(),
  check (customer_id <> related_id),
  primary key (workspace_id, id),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id),
  foreign key (workspace_id, related_id) references customer (workspace_id, id)
);
create unique index customer_relation_pair on customer_relation
  (workspace_id, type_key, least(customer_id, related_id), greatest(customer_id, related_id));
create index customer_relation_customer on customer_relation (workspace_id, customer_id);
create index customer_relation_related on customer_relation (workspace_id, related_id);
`);
  }
}
