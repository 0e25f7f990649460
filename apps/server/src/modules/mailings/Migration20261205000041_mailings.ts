import { Migration } from '@mikro-orm/migrations';

/** Mailings and one row per recipient's message (the queue the delivery step works through). */
export class Migration20261205000041_mailings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table mailing (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  -- EMAIL, SMS, TELEGRAM or a plugin channel's kind.
  channel text not null,
  -- The message template (module messageTemplates); no foreign key: templates live in another module.
  template_id uuid,
  -- {segmentId} | {filter} | {groupId} | {customerIds}: resolved when sending starts.
  audience jsonb not null,
  -- Null: as soon as it is started.
  scheduled_at timestamptz,
  throttle_per_minute int check (throttle_per_minute > 0),
  attribution_days int not null default 7 check (attribution_days between 1 and 365),
  state text not null default 'DRAFT' check (state in ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT', 'CANCELLED')),
  created_by uuid references staff(id) on delete set null,
  created_by_name text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  started_at timestamptz,
  -- Set when the recipients were written to mailing_message (once: the start job checks it).
  materialized_at timestamptz,
  finished_at timestamptz,
  -- Counters of its messages by state, kept with every change of a message's state.
  recipients int not null default 0,
  queued int not null default 0,
  sent int not null default 0,
  delivered int not null default 0,
  failed int not null default 0,
  skipped int not null default 0,
  unsubscribed int not null default 0,
  primary key (workspace_id, id)
);
create index mailing_list on mailing (workspace_id, created_at desc, id);
-- The periodic job's question: which scheduled mailings are due.
create index mailing_due on mailing (scheduled_at) where state = 'SCHEDULED';

create table mailing_message (
  workspace_id uuid not null,
  id bigint generated always as identity,
  mailing_id uuid not null,
  customer_id uuid not null,
  -- Where it goes, read when the recipients were written; null when there was none (skipped).
  address text,
  state text not null check (state in ('QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'SKIPPED', 'UNSUBSCRIBED')),
  -- Why it failed or was skipped: a stable code (NO_CONSENT, NO_ADDRESS, CANCELLED, a provider's reason).
  reason text,
  provider_message_id text,
  -- The channel account it left through (module channels); no foreign key, like template_id.
  account_id uuid,
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  queued_at timestamptz not null default now(),
  sent_at timestamptz,
  delivered_at timestamptz,
  updated_at timestamptz not null default now(),
  primary key (workspace_id, id),
  -- Nothing is queued twice for one customer, however often the start runs.
  unique (workspace_id, mailing_id, customer_id),
  foreign key (workspace_id, mailing_id) references mailing (workspace_id, id),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id)
);
-- Claiming the next due batch (state QUEUED, next_attempt_at <= now()) in order, for update skip locked.
create index mailing_message_due on mailing_message (workspace_id, mailing_id, next_attempt_at, id) where state = 'QUEUED';
-- The report's counts by state and reason: an index-only scan over one mailing's rows.
create index mailing_message_states on mailing_message (workspace_id, mailing_id, state, reason);
-- Attributed revenue and the throttle's "sent in the last minute": recipients by the time sent.
create index mailing_message_sent on mailing_message (workspace_id, mailing_id, sent_at) include (customer_id) where sent_at is not null;
-- A delivery report names the provider's id.
create index mailing_message_provider on mailing_message (workspace_id, provider_message_id) where provider_message_id is not null;
-- A customer's messages (erasure, the card).
create index mailing_message_customer on mailing_message (workspace_id, customer_id);

-- Test sends: who asked for which mailing to reach which address; the delivery step sends them.
create table mailing_test_send (
  workspace_id uuid not null,
  id bigint generated always as identity,
  mailing_id uuid not null,
  address text not null,
  requested_by uuid references staff(id) on delete set null,
  requested_by_name text not null,
  requested_at timestamptz not null default now(),
  state text not null default 'QUEUED' check (state in ('QUEUED', 'SENT', 'FAILED')),
  reason text,
  sent_at timestamptz,
  primary key (workspace_id, id),
  foreign key (workspace_id, mailing_id) references mailing (workspace_id, id)
);
create index mailing_test_send_due on mailing_test_send (workspace_id, requested_at) where state = 'QUEUED';
`);
  }
}
