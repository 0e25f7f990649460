import { Migration } from '@mikro-orm/migrations';

/**
 * Lost loyalty cards (catalogue G12): a card number reported lost is kept here for good, so it is
 * never given to a customer again and a till that reads it hears "lost" rather than "not found".
 * The number is stored as the customer held it (the card number attribute's normalised text); the
 * key makes it dead once per workspace, and another workspace may use the same number.
 */
export class Migration20261207120000_lost_cards extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table lost_card (
  workspace_id uuid not null references workspace(id),
  card_number text not null check (card_number <> ''),
  customer_id uuid not null,
  reported_at timestamptz not null default now(),
  reason text not null default '' check (length(reason) <= 300),
  actor_kind text not null,
  actor_id text,
  actor_name text not null,
  primary key (workspace_id, card_number),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id)
);
-- The card's list of a customer's lost cards, newest first.
create index lost_card_customer on lost_card (workspace_id, customer_id, reported_at desc);
`);
  }
}
