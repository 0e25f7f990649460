import { Migration } from '@mikro-orm/migrations';

/** Categories: one coloured classification per customer (customer_category holds the choice). */
export class Migration20261205000033_categories extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table category (
  id uuid not null default gen_random_uuid(),
  workspace_id uuid not null references workspace(id),
  name text not null check (length(name) between 1 and 60),
  color text not null check (color ~ '^#[0-9a-f]{6}$'),
  created_at timestamptz not null default now(),
  primary key (workspace_id, id)
);
create unique index category_name_unique on category (workspace_id, lower(name));

create table customer_category (
  workspace_id uuid not null,
  customer_id uuid not null,
  category_id uuid not null,
  primary key (workspace_id, customer_id),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id),
  foreign key (workspace_id, category_id) references category (workspace_id, id) on delete cascade
);
create index customer_category_category on customer_category (workspace_id, category_id);
`);
  }
}
