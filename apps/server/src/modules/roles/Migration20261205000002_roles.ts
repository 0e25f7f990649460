import { Migration } from '@mikro-orm/migrations';
import { SHIPPED_ROLES } from './shipped-roles.js';

/**
 * Editable roles per workspace, and staff who must change a temporary password. The shipped roles
 * are inserted for every existing workspace with no permissions yet: at start, `RoleService.offerDefaults`
 * gives each the permissions the enabled modules declare for it (what the roles held before).
 */
export class Migration20261205000002_roles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table role (
  workspace_id uuid not null references workspace(id),
  key text not null check (key ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name jsonb not null,
  permissions text[] not null default '{}',
  -- The declared default permissions already given to this role once: an admin who takes one away
  -- does not see it come back at the next start, while a newly enabled module's defaults still arrive.
  offered text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (workspace_id, key)
);

-- staff.role is now a role key of the workspace (checked by the staff service; staff is global).
alter table staff drop constraint if exists staff_role_check;
alter table staff add column must_change_password boolean not null default false;
`);
    for (const role of SHIPPED_ROLES) {
      this.addSql(
        `insert into role (workspace_id, key, name) select id, '${role.key}', '${JSON.stringify(role.name)}'::jsonb from workspace`,
      );
    }
  }
}
