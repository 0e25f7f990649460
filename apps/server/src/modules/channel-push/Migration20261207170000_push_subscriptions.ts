import { Migration } from '@mikro-orm/migrations';

/**
 * Web Push subscriptions a customer's browsers made on their self-service pages: where the browser's
 * push service takes messages for it (`endpoint`) and the keys its messages are encrypted to
 * (`p256dh`, `auth`, base64url). An endpoint belongs to one browser, so it is unique in the workspace;
 * the same browser subscribing again (another customer signed in on it) moves it to that customer.
 */
export class Migration20261207170000_push_subscriptions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table push_subscription (
  workspace_id uuid not null,
  endpoint text not null check (length(endpoint) between 9 and 2000),
  customer_id uuid not null,
  p256dh text not null,
  auth text not null,
  user_agent text,
  created_at timestamptz not null default now(),
  primary key (workspace_id, endpoint),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id)
);
create index push_subscription_customer on push_subscription (workspace_id, customer_id, created_at desc);`);
  }
}
