import { Migration } from '@mikro-orm/migrations';

/**
 * "Forgot password?": `customer_password_reset` is one request for a new password — by an SMS code
 * or an emailed link — keeping only the SHA-256 of the code or of the link's token, the wrong codes
 * typed, when it ends and when it was used. A request for a login nobody has is stored too (without
 * a customer, with a secret nobody was sent), so it answers and counts exactly like a real one. Kept
 * a day, so requests per login can be counted; the `self-service.prune` job deletes older ones.
 */
export class Migration20261207231500_password_reset extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table customer_password_reset (
  workspace_id uuid not null references workspace(id),
  id uuid not null,
  login text not null,
  channel text not null check (channel in ('SMS', 'EMAIL')),
  customer_id uuid,
  secret_hash text not null,
  attempts smallint not null default 0,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (workspace_id, id),
  foreign key (workspace_id, customer_id) references self_service_account (workspace_id, customer_id)
);
create unique index customer_password_reset_link on customer_password_reset (workspace_id, secret_hash)
  where channel = 'EMAIL';
create index customer_password_reset_login on customer_password_reset (workspace_id, login, created_at);
create index customer_password_reset_customer on customer_password_reset (workspace_id, customer_id)
  where customer_id is not null;
create index customer_password_reset_created on customer_password_reset (created_at);
`);
  }
}
