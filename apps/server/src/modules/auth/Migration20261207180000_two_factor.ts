import { Migration } from '@mikro-orm/migrations';

/**
 * Two-factor sign-in (TOTP) for staff. The secret is AES-256-GCM with the key from PATRON_SECRET_KEY,
 * bound to the staff member (never plain text); a pending one waits for its first code before it
 * counts. The last accepted time step refuses a code seen before. Recovery codes are argon2 hashes,
 * each usable once.
 */
export class Migration20261207180000_two_factor extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table staff
  add column two_factor_secret text,
  add column two_factor_pending_secret text,
  add column two_factor_enabled_at timestamptz,
  add column two_factor_last_step integer;

create table staff_recovery_code (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  staff_id uuid not null references staff(id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  primary key (workspace_id, id)
);
create index staff_recovery_code_staff on staff_recovery_code (workspace_id, staff_id);
`);
  }
}
