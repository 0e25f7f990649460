import { Migration } from '@mikro-orm/migrations';

/** Message templates: per channel kind, a subject / text / HTML per language. */
export class Migration20261205000040_message_templates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table message_template (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  -- A channel kind (EMAIL, SMS, TELEGRAM or a plugin's): text, so a plugin's channel needs no migration.
  channel text not null check (channel ~ '^[A-Z][A-Z0-9_]{1,30}$'),
  -- { "<language>": { "subject": …, "text": …, "html": … } }, checked by the service when saved.
  contents jsonb not null check (jsonb_typeof(contents) = 'object'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (workspace_id, id),
  unique (workspace_id, name)
);
`);
  }
}
