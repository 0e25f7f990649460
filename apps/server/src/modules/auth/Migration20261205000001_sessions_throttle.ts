import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions learn when they were last used, from where and by what browser (idle timeout, the list of
 * one's sessions), and get an id to sign them out by without revealing the token. The failure log
 * (`login_failure`, counted before the password check and written after, so parallel guesses all
 * passed) gives way to counters per (email, source) and per source, reserved atomically before the
 * check.
 */
export class Migration20261205000001_sessions_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table staff_session
  add column id uuid not null default gen_random_uuid(),
  add column last_seen_at timestamptz not null default now(),
  add column ip text,
  add column user_agent text;
create unique index staff_session_id on staff_session (id);

drop table login_failure;

-- Sign-in attempts of one source (ip) for one email, or with email = '' for every email of the
-- source. A row is global: it is read before any workspace is known.
create table sign_in_throttle (
  email text not null,
  ip text not null,
  -- Failed or in-flight attempts in the current streak (per email) or window (per source).
  attempts integer not null default 0,
  window_start timestamptz not null default now(),
  -- No attempt from this source for this email is checked before this time.
  locked_until timestamptz,
  last_at timestamptz not null default now(),
  primary key (email, ip)
);
create index sign_in_throttle_last_at on sign_in_throttle (last_at);
`);
  }
}
