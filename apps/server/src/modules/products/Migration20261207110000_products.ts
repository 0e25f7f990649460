import { Migration } from '@mikro-orm/migrations';

/**
 * Products and services (catalogue G12): a workspace's catalogue, each with a SKU unique in the
 * workspace whatever its case (fixed once given: purchases keep it as text), a name in up to three
 * languages, a kind, a price, a unit and an active flag; a product may track its stock, in thousandths
 * (weighed goods). `stock_movement` is every change of a product's stock, signed: the stock on hand is
 * always the sum of its movements. A movement names the purchase it came from without a foreign key,
 * as purchases are never deleted one by one and a movement outlives nothing it names.
 */
export class Migration20261207110000_products extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table product (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  sku text not null check (length(sku) between 1 and 100),
  name jsonb not null check (jsonb_typeof(name) = 'object'),
  kind text not null check (kind in ('PRODUCT', 'SERVICE')),
  price numeric(16, 2) not null check (price >= 0),
  unit text not null default '' check (length(unit) <= 20),
  active boolean not null default true,
  tracked boolean not null default false,
  on_hand numeric(14, 3) not null default 0 check (on_hand >= 0),
  reorder_level numeric(14, 3) check (reorder_level >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (workspace_id, id),
  check (kind = 'PRODUCT' or not tracked)
);
create unique index product_sku_unique on product (workspace_id, lower(sku));

create table stock_movement (
  workspace_id uuid not null,
  id uuid not null default gen_random_uuid(),
  product_id uuid not null,
  kind text not null check (kind in ('RECEIVED', 'SOLD', 'RETURNED', 'COUNTED')),
  quantity numeric(14, 3) not null,
  on_hand numeric(14, 3) not null check (on_hand >= 0),
  purchase_id uuid,
  note text not null default '' check (length(note) <= 500),
  actor_kind text not null,
  actor_id text,
  actor_name text not null default '',
  created_at timestamptz not null default clock_timestamp(),
  primary key (workspace_id, id),
  foreign key (workspace_id, product_id) references product (workspace_id, id)
);
create index stock_movement_product on stock_movement (workspace_id, product_id, created_at desc, id desc);
create index stock_movement_purchase on stock_movement (workspace_id, purchase_id) where purchase_id is not null;
`);
  }
}
