import { Migration } from '@mikro-orm/migrations';

/**
 * Consents (append-only records and the current state derived from them) and the verification of a
 * customer's profile and contacts.
 */
export class Migration20261205000031_consents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table consent_record (
  workspace_id uuid not null,
  id bigint generated always as identity,
  customer_id uuid not null,
  kind text not null check (kind in ('PERSONAL_DATA', 'SMS', 'EMAIL', 'PUSH', 'TELEGRAM', 'WHATSAPP')),
  granted boolean not null,
  -- When the customer gave or withdrew it; recorded_at is when we wrote it down.
  at timestamptz not null,
  recorded_at timestamptz not null default now(),
  source text,
  captured_via text not null,
  actor_kind text not null,
  actor_id text,
  actor_name text not null,
  primary key (workspace_id, id),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id)
);
create index consent_record_customer on consent_record (workspace_id, customer_id, kind, at desc, id desc);

-- The latest record per customer and kind, kept in the same transaction, for filters and sending.
create table customer_consent (
  workspace_id uuid not null,
  customer_id uuid not null,
  kind text not null,
  granted boolean not null,
  at timestamptz not null,
  record_id bigint not null,
  primary key (workspace_id, customer_id, kind),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id),
  foreign key (workspace_id, record_id) references consent_record (workspace_id, id)
);
create index customer_consent_granted on customer_consent (workspace_id, kind, customer_id) where granted;

-- No row means NEW with no contact verified.
create table customer_verification (
  workspace_id uuid not null,
  customer_id uuid not null,
  status text not null check (status in ('NEW', 'VERIFIED', 'UNCONFIRMED')),
  verified_at timestamptz,
  verified_by text,
  phone_verified boolean not null default false,
  email_verified boolean not null default false,
  changed_at timestamptz not null default now(),
  primary key (workspace_id, customer_id),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id)
);
create index customer_verification_status on customer_verification (workspace_id, status, customer_id);
`);
  }
}
