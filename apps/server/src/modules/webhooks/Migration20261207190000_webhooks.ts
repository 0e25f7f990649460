import { Migration } from '@mikro-orm/migrations';

/**
 * Outgoing webhooks (catalogue A5/A6): a workspace's subscriptions of partner apps to customer events
 * (`events` holds event types, or '*' for all), each with a signing secret encrypted with
 * PATRON_SECRET_KEY; and one delivery per (webhook, event), unique so that an event handed over twice
 * (delivery from the outbox is at least once) is sent once. A delivery is PENDING until it is
 * DELIVERED, FAILED after its last retry, or CANCELLED when its webhook is disabled; `attempt_log`
 * keeps every attempt's time, status and error. Deleting a webhook deletes its deliveries; erasing a
 * customer deletes theirs (`customer_id`: their payload copies the customer's changes); finished ones
 * go after 30 days.
 */
export class Migration20261207190000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table webhook (
  workspace_id uuid not null references workspace(id),
  id uuid not null,
  name text not null check (length(name) between 1 and 100),
  url text not null check (length(url) between 1 and 2000),
  events text[] not null check (cardinality(events) > 0),
  enabled boolean not null default true,
  secret text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (workspace_id, id)
);

create table webhook_delivery (
  workspace_id uuid not null,
  id uuid not null default gen_random_uuid(),
  webhook_id uuid not null,
  event_id bigint,
  customer_id uuid,
  type text not null,
  payload jsonb not null,
  state text not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
  failures integer not null default 0,
  next_attempt_at timestamptz,
  attempt_log jsonb not null default '[]'::jsonb,
  created_at timestamptz not null default now(),
  primary key (workspace_id, id),
  foreign key (workspace_id, webhook_id) references webhook (workspace_id, id) on delete cascade
);
create unique index webhook_delivery_event on webhook_delivery (workspace_id, webhook_id, event_id);
create index webhook_delivery_list on webhook_delivery (workspace_id, webhook_id, created_at desc, id desc);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_customer on webhook_delivery (workspace_id, customer_id);
create index webhook_delivery_old on webhook_delivery (created_at) where state <> 'PENDING';
`);
  }
}
