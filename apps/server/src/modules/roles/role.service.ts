import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor, LocalizedText } from '@patron/sdk';
import { cleanName, nameProblems } from '../../common/localized-name.js';
import { type EmSql, emSql } from '../../db/em-sql.js';
import { pgArray } from '../../db/sql-array.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RolePermissions } from './role-permissions.js';
import { ADMIN_ROLE, isShippedRole, SHIPPED_ROLES } from './shipped-roles.js';

export const ROLE_KEY = /^[A-Z][A-Z0-9_]{1,39}$/;

export interface Role {
  key: string;
  name: LocalizedText;
  permissions: string[];
  /** One of the four roles every workspace starts with. */
  shipped: boolean;
  /** How many staff members, active or not, hold it. */
  staffCount: number;
}

export interface RoleInput {
  name: LocalizedText;
  permissions: string[];
}

interface RoleRow {
  key: string;
  name: LocalizedText;
  permissions: string[];
  staff_count: string;
}

/**
 * A workspace's roles: ADMIN holds everything and is fixed, the other shipped roles are edited, custom
 * roles are created from the declared permissions and deleted when nobody holds them. Every change is
 * in the audit log, written in its transaction.
 */
export class RoleService {
  constructor(
    private readonly orm: MikroORM,
    private readonly rolePermissions: RolePermissions,
    private readonly audit: AuditService,
  ) {}

  permissionList(): { name: string; description: string; module: string }[] {
    return this.rolePermissions.definitions.map(({ name, description, module }) => ({
      name,
      description,
      module,
    }));
  }

  /** Shipped roles first, in their order, then the custom ones by key. */
  async list(workspaceId: string): Promise<Role[]> {
    const rows = await this.orm.em.getConnection().execute<RoleRow[]>(
      `select r.key, r.name, r.permissions,
              (select count(*) from staff s where s.workspace_id = r.workspace_id and s.role = r.key) as staff_count
         from role r where r.workspace_id = ? order by r.key`,
      [workspaceId],
    );
    const rank = (key: string) => {
      const i = SHIPPED_ROLES.findIndex((r) => r.key === key);
      return i < 0 ? SHIPPED_ROLES.length : i;
    };
    return rows.map((r) => this.toRole(r)).sort((a, b) => rank(a.key) - rank(b.key));
  }

  async get(workspaceId: string, key: string): Promise<Role> {
    const found = (await this.list(workspaceId)).find((r) => r.key === key);
    if (!found) throw refusal('ROLE_NOT_FOUND');
    return found;
  }

  /** The shipped roles of a new workspace with their declared permissions, in its transaction. */
  async seedWorkspace(sql: EmSql, workspaceId: string): Promise<void> {
    const declared = pgArray([...this.rolePermissions.all]);
    for (const role of SHIPPED_ROLES) {
      await sql.execute(
        `insert into role (workspace_id, key, name, permissions, offered) values (?, ?, ?::jsonb, ?::text[], ?::text[])`,
        [
          workspaceId,
          role.key,
          JSON.stringify(role.name),
          pgArray(this.rolePermissions.defaultsFor(role.key).sort()),
          declared,
        ],
      );
    }
  }

  /**
   * At start, in every workspace: each shipped role gets the permissions declared for it that it was
   * never offered (a newly enabled module's, or all of them after the migration). One taken away by an
   * admin stays away.
   */
  async offerDefaults(): Promise<void> {
    const connection = this.orm.em.getConnection();
    const declared = pgArray([...this.rolePermissions.all]);
    for (const role of SHIPPED_ROLES) {
      await connection.execute(
        `update role set
            permissions = array(select unnest(permissions) union
                                (select unnest(?::text[]) except select unnest(offered)) order by 1),
            offered = array(select unnest(offered) union select unnest(?::text[]) order by 1)
          where key = ? and not offered @> ?::text[]`,
        [pgArray(this.rolePermissions.defaultsFor(role.key)), declared, role.key, declared],
      );
    }
  }

  async create(actor: Actor, workspaceId: string, input: RoleInput & { key: string }): Promise<Role> {
    const key = input.key.trim();
    const problems = this.problems(input);
    if (!ROLE_KEY.test(key)) problems.unshift(fieldProblem(['input', 'key'], 'ROLE_KEY_FORMAT'));
    if (problems.length) throw badInput(problems);
    const name = cleanName(input.name);
    const permissions = [...new Set(input.permissions)].sort();
    await this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      const inserted = await sql.execute<unknown[]>(
        `insert into role (workspace_id, key, name, permissions, offered) values (?, ?, ?::jsonb, ?::text[], ?::text[])
         on conflict do nothing returning key`,
        [
          workspaceId,
          key,
          JSON.stringify(name),
          pgArray(permissions),
          pgArray([...this.rolePermissions.all]),
        ],
      );
      if (inserted.length === 0) throw badField(['input', 'key'], 'ROLE_KEY_TAKEN');
      await this.audit.record(sql, {
        workspaceId,
        type: 'ROLE_CREATED',
        actor,
        subject: key,
        details: { name, permissions },
      });
    });
    this.rolePermissions.forget(workspaceId);
    return this.get(workspaceId, key);
  }

  async update(actor: Actor, workspaceId: string, key: string, input: RoleInput): Promise<Role> {
    if (key === ADMIN_ROLE) throw refusal('ROLE_ADMIN_FIXED');
    const problems = this.problems(input);
    if (problems.length) throw badInput(problems);
    const name = cleanName(input.name);
    const permissions = [...new Set(input.permissions)].sort();
    await this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      const [before] = await sql.execute<{ name: LocalizedText; permissions: string[] }[]>(
        'select name, permissions from role where workspace_id = ? and key = ? for update',
        [workspaceId, key],
      );
      if (!before) throw refusal('ROLE_NOT_FOUND');
      await sql.execute(
        `update role set name = ?::jsonb, permissions = ?::text[], updated_at = now() where workspace_id = ? and key = ?`,
        [JSON.stringify(name), pgArray(permissions), workspaceId, key],
      );
      await this.audit.record(sql, {
        workspaceId,
        type: 'ROLE_UPDATED',
        actor,
        subject: key,
        details: {
          name: { from: before.name, to: name },
          added: permissions.filter((p) => !before.permissions.includes(p)),
          removed: before.permissions.filter((p) => !permissions.includes(p)),
        },
      });
    });
    this.rolePermissions.forget(workspaceId);
    return this.get(workspaceId, key);
  }

  async delete(actor: Actor, workspaceId: string, key: string): Promise<string> {
    if (key === ADMIN_ROLE) throw refusal('ROLE_ADMIN_FIXED');
    if (isShippedRole(key)) throw refusal('ROLE_SHIPPED');
    await this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      // The row lock waits for a staff change that is giving this role to someone (it locks it too).
      const [role] = await sql.execute<{ name: LocalizedText; permissions: string[] }[]>(
        'select name, permissions from role where workspace_id = ? and key = ? for update',
        [workspaceId, key],
      );
      if (!role) throw refusal('ROLE_NOT_FOUND');
      const [held] = await sql.execute<{ n: string }[]>(
        'select count(*) as n from staff where workspace_id = ? and role = ?',
        [workspaceId, key],
      );
      if (Number(held?.n) > 0) throw refusal('ROLE_IN_USE', { count: Number(held?.n) });
      await sql.execute('delete from role where workspace_id = ? and key = ?', [workspaceId, key]);
      await this.audit.record(sql, {
        workspaceId,
        type: 'ROLE_DELETED',
        actor,
        subject: key,
        details: { name: role.name, permissions: role.permissions },
      });
    });
    this.rolePermissions.forget(workspaceId);
    return key;
  }

  /**
   * Refuses a role key the workspace does not have (`path` names the input), locking the role row
   * so that it cannot be deleted before the caller's transaction ends.
   */
  async mustExist(sql: EmSql, workspaceId: string, key: string, path: (string | number)[]): Promise<void> {
    const found = await sql.execute<unknown[]>(
      'select 1 from role where workspace_id = ? and key = ? for share',
      [workspaceId, key],
    );
    if (found.length === 0) throw badField(path, 'ROLE_UNKNOWN', { role: JSON.stringify(key) });
  }

  private problems(input: RoleInput): FieldProblem[] {
    const problems = nameProblems(cleanName(input.name), ['input', 'name']);
    input.permissions.forEach((p, i) => {
      if (!this.rolePermissions.all.has(p))
        problems.push(fieldProblem(['input', 'permissions', i], 'PERMISSION_UNKNOWN', { permission: p }));
    });
    return problems;
  }

  private toRole(r: RoleRow): Role {
    return {
      key: r.key,
      name: r.name,
      permissions:
        r.key === ADMIN_ROLE
          ? [...this.rolePermissions.all].sort()
          : r.permissions.filter((p) => this.rolePermissions.all.has(p)).sort(),
      shipped: isShippedRole(r.key),
      staffCount: Number(r.staff_count),
    };
  }
}
