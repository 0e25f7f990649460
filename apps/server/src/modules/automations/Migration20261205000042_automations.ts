import { Migration } from '@mikro-orm/migrations';

/** Automations (a trigger, a condition, actions) and their runs: one per customer and occurrence. */
export class Migration20261205000042_automations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table automation (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  -- { kind, params }: see triggers.ts.
  trigger jsonb not null,
  -- A filter tree in the API's shape (customer search compiles it), or null for every customer.
  condition jsonb,
  -- [{ kind, params }] in order: see actions.ts.
  actions jsonb not null,
  paused boolean not null default false,
  -- The local day (workspace's time zone) the daily scan last covered, for date triggers.
  scanned_through date,
  created_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Deleted automations stop and leave the list; their runs stay (what was granted, to whom).
  deleted_at timestamptz,
  primary key (workspace_id, id)
);
create index automation_live on automation (workspace_id, (trigger->>'kind')) where deleted_at is null and not paused;

create table automation_run (
  workspace_id uuid not null,
  id bigint generated always as identity,
  automation_id uuid not null,
  customer_id uuid not null,
  -- What happened, e.g. birthday:2027, purchase:<id>: the automation runs once per customer and occurrence.
  occurrence text not null,
  -- PENDING (being done), DONE, FAILED (retried while retry_at is set).
  state text not null default 'PENDING' check (state in ('PENDING', 'DONE', 'FAILED')),
  -- The automation's name and actions as they were when the run began (a retry does the same), and
  -- each action's outcome by position.
  automation_name text not null,
  actions jsonb not null,
  outcomes jsonb not null default '[]',
  error_code text,
  attempts int not null default 0,
  retry_at timestamptz,
  -- A run being worked on; another worker takes it over only when this is old (a crash).
  claimed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (workspace_id, id),
  unique (workspace_id, automation_id, customer_id, occurrence),
  foreign key (workspace_id, automation_id) references automation (workspace_id, id),
  foreign key (workspace_id, customer_id) references customer (workspace_id, id)
);
create index automation_run_log on automation_run (workspace_id, automation_id, id desc);
create index automation_run_retry on automation_run (retry_at) where state <> 'DONE';
`);
  }
}
