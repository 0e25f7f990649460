import { Migration } from '@mikro-orm/migrations';

/**
 * Branches (catalogue A2): a workspace's shops, each with a code fixed once given, a name in up to
 * three languages, an address and an active flag; `staff_branch` binds a staff member to one (staff is
 * a global table, so the binding lives in a workspace table that refers to it). A purchase keeps its
 * branch as text, the branch's code: purchases from before branches keep their free text, and the
 * partial index lets a branch's purchases be found (listing, and refusing to delete a branch in use).
 */
export class Migration20261207000001_branches extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table branch (
  workspace_id uuid not null references workspace(id),
  id uuid not null default gen_random_uuid(),
  code text not null check (code ~ '^[a-z][a-z0-9_]{0,30}$'),
  name jsonb not null check (jsonb_typeof(name) = 'object'),
  address text not null default '' check (length(address) <= 300),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (workspace_id, id),
  constraint branch_code_unique unique (workspace_id, code)
);

create table staff_branch (
  workspace_id uuid not null,
  staff_id uuid not null references staff(id),
  branch_id uuid not null,
  primary key (workspace_id, staff_id),
  foreign key (workspace_id, branch_id) references branch (workspace_id, id)
);
create index staff_branch_branch on staff_branch (workspace_id, branch_id);

create index purchase_branch on purchase (workspace_id, branch) where branch <> '';
`);
  }
}
