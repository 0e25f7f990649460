import { Migration } from '@mikro-orm/migrations';

/**
 * Gift cards (catalogue G12): a batch holds what its cards are worth (currency, value in minor units,
 * redeem-by date, note) and is numbered per workspace; each card has a code unique in the workspace
 * (12 characters of an alphabet without 0/O/1/I) and, once redeemed, the customer, the ledger
 * operation that credited them and who redeemed it when. A card's status is read from its columns
 * (redeemed, blocked, past its redeem-by date, else active), so nothing has to flip it at midnight.
 */
export class Migration20261207100000_gift_cards extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table gift_card_batch (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  number int not null check (number > 0),
  currency_id uuid not null,
  value bigint not null check (value > 0),
  redeem_by timestamptz,
  note text not null default '' check (length(note) <= 200),
  card_count int not null check (card_count between 1 and 10000),
  created_by_name text not null default '',
  created_at timestamptz not null default now(),
  primary key (workspace_id, id),
  constraint gift_card_batch_number_unique unique (workspace_id, number),
  foreign key (workspace_id, currency_id) references currency (workspace_id, id)
);

create table gift_card (
  workspace_id uuid not null,
  id uuid not null default gen_random_uuid(),
  batch_id uuid not null,
  code text not null check (code ~ '^[2-9A-HJ-NP-Z]{12}$'),
  blocked boolean not null default false,
  redeemed_at timestamptz,
  redeemed_customer_id uuid,
  redeemed_operation_id bigint,
  redeemed_by_name text,
  primary key (workspace_id, id),
  constraint gift_card_code_unique unique (workspace_id, code),
  foreign key (workspace_id, batch_id) references gift_card_batch (workspace_id, id),
  check ((redeemed_at is null) = (redeemed_customer_id is null))
);
create index gift_card_batch_cards on gift_card (workspace_id, batch_id);
`);
  }
}
