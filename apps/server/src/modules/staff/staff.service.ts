import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { type EmSql, emSql } from '../../db/em-sql.js';
import { badField, badInput, fieldProblem, refusal } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthService } from '../auth/auth.service.js';
import { Staff } from '../auth/staff.entity.js';
import { hashToken } from '../auth/staff-sessions.js';
import type { TwoFactor } from '../auth/two-factor.service.js';
import type { BranchService } from '../branches/branch.service.js';
import type { RoleService } from '../roles/role.service.js';
import { ADMIN_ROLE } from '../roles/shipped-roles.js';

export const PASSWORD_MIN = 10;

export interface NewStaff {
  email: string;
  name: string;
  role: string;
  /** Temporary: given to the person by the admin, changed by them at their first sign-in. */
  password: string;
  /** The branch they record purchases at; none: any. */
  branchId?: string | null;
}

/**
 * Managing a workspace's staff: create with a temporary password, change role, deactivate and
 * reactivate (sessions end at once), reset a password, and one's own password change. A workspace
 * always keeps an active admin. Every change is written to the audit log in its transaction.
 */
export class StaffService {
  constructor(
    private readonly orm: MikroORM,
    private readonly auth: AuthService,
    private readonly roles: RoleService,
    private readonly audit: AuditService,
    private readonly branches: BranchService,
    private readonly twoFactor: TwoFactor,
  ) {}

  list(workspaceId: string): Promise<Staff[]> {
    return this.auth.listStaff(workspaceId);
  }

  async create(actor: Actor, workspaceId: string, input: NewStaff): Promise<Staff> {
    const staff = await this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      await this.roles.mustExist(sql, workspaceId, input.role, ['input', 'role']);
      const created = await this.auth.createStaff(
        workspaceId,
        { email: input.email, name: input.name, role: input.role, password: input.password },
        em,
      );
      created.mustChangePassword = true;
      await em.flush();
      const branch = input.branchId
        ? await this.branches.bindStaff(sql, workspaceId, created.id, input.branchId, ['input', 'branchId'])
        : null;
      await this.audit.record(sql, {
        workspaceId,
        type: 'STAFF_CREATED',
        actor,
        subject: created.id,
        details: {
          email: created.email,
          name: created.name,
          role: created.role,
          ...(branch?.to ? { branch: branch.to } : {}),
        },
      });
      return created;
    });
    return staff;
  }

  async changeRole(actor: Actor, workspaceId: string, staffId: string, role: string): Promise<Staff> {
    return this.change(workspaceId, staffId, async (staff, em, sql) => {
      if (staff.role === role) return;
      await this.roles.mustExist(sql, workspaceId, role, ['role']);
      if (staff.role === ADMIN_ROLE) await this.keepAnAdmin(sql, workspaceId, staff.id);
      const from = staff.role;
      staff.role = role;
      await em.flush();
      await this.audit.record(sql, {
        workspaceId,
        type: 'STAFF_ROLE_CHANGED',
        actor,
        subject: staff.id,
        details: { name: staff.name, from, to: role },
      });
    });
  }

  /** Binds them to an active branch of the workspace, or to none (null): from their next purchase. */
  async setBranch(
    actor: Actor,
    workspaceId: string,
    staffId: string,
    branchId: string | null,
  ): Promise<Staff> {
    return this.change(workspaceId, staffId, async (staff, _em, sql) => {
      const { from, to } = await this.branches.bindStaff(sql, workspaceId, staff.id, branchId, ['branchId']);
      if (from === to) return;
      await this.audit.record(sql, {
        workspaceId,
        type: 'STAFF_BRANCH_CHANGED',
        actor,
        subject: staff.id,
        details: { name: staff.name, from, to },
      });
    });
  }

  async deactivate(actor: Actor, workspaceId: string, staffId: string): Promise<Staff> {
    return this.change(workspaceId, staffId, async (staff, em, sql) => {
      if (!staff.active) return;
      if (staff.role === ADMIN_ROLE) await this.keepAnAdmin(sql, workspaceId, staff.id);
      staff.active = false;
      await em.flush();
      await sql.execute('delete from staff_session where staff_id = ?', [staff.id]);
      await this.audit.record(sql, {
        workspaceId,
        type: 'STAFF_DEACTIVATED',
        actor,
        subject: staff.id,
        details: { name: staff.name, email: staff.email },
      });
    });
  }

  async reactivate(actor: Actor, workspaceId: string, staffId: string): Promise<Staff> {
    return this.change(workspaceId, staffId, async (staff, em, sql) => {
      if (staff.active) return;
      staff.active = true;
      await em.flush();
      await this.audit.record(sql, {
        workspaceId,
        type: 'STAFF_REACTIVATED',
        actor,
        subject: staff.id,
        details: { name: staff.name, email: staff.email },
      });
    });
  }

  /** The person signs in with it and must choose their own; their sessions end now. */
  async setTemporaryPassword(
    actor: Actor,
    workspaceId: string,
    staffId: string,
    password: string,
  ): Promise<Staff> {
    if (password.length < PASSWORD_MIN)
      throw badField(['password'], 'PASSWORD_TOO_SHORT', { min: PASSWORD_MIN });
    const hash = await this.auth.passwords.hash(password);
    return this.change(workspaceId, staffId, async (staff, em, sql) => {
      staff.passwordHash = hash;
      staff.mustChangePassword = true;
      await em.flush();
      await sql.execute('delete from staff_session where staff_id = ?', [staff.id]);
      await this.audit.record(sql, {
        workspaceId,
        type: 'STAFF_PASSWORD_RESET',
        actor,
        subject: staff.id,
        details: { name: staff.name },
      });
    });
  }

  /** Turns their two-factor sign-in off (a lost phone): they sign in with the password alone until they set it up again. */
  async resetTwoFactor(actor: Actor, workspaceId: string, staffId: string): Promise<Staff> {
    return this.change(workspaceId, staffId, (staff, em) => this.twoFactor.reset(em, staff, actor));
  }

  /** Needs the current password; the person's other sessions end, this one stays. */
  async changeMyPassword(
    actor: Actor,
    workspaceId: string,
    input: { currentPassword: string; newPassword: string },
    sessionToken: string | null,
  ): Promise<Staff> {
    const staffId = actor.id as string;
    const current = await this.orm.em.fork().findOneOrFail(Staff, { id: staffId, workspaceId });
    if (!(await this.auth.passwords.verify(current.passwordHash, input.currentPassword)))
      throw badField(['currentPassword'], 'CURRENT_PASSWORD_WRONG');
    if (input.newPassword.length < PASSWORD_MIN)
      throw badInput([fieldProblem(['newPassword'], 'PASSWORD_TOO_SHORT', { min: PASSWORD_MIN })]);
    if (input.newPassword === input.currentPassword) throw badField(['newPassword'], 'PASSWORD_UNCHANGED');
    const hash = await this.auth.passwords.hash(input.newPassword);
    return this.change(workspaceId, staffId, async (staff, em, sql) => {
      staff.passwordHash = hash;
      staff.mustChangePassword = false;
      await em.flush();
      await sql.execute('delete from staff_session where staff_id = ? and token_hash <> ?', [
        staff.id,
        sessionToken ? hashToken(sessionToken) : '',
      ]);
      await this.audit.record(sql, {
        workspaceId,
        type: 'PASSWORD_CHANGED',
        actor,
        subject: staff.id,
        details: { name: staff.name },
      });
    });
  }

  /**
   * Runs `work` on the workspace's staff member (locked) in one transaction, then drops their cached
   * sessions so the change holds from their next request.
   */
  private async change(
    workspaceId: string,
    staffId: string,
    work: (staff: Staff, em: EntityManager, sql: EmSql) => Promise<void>,
  ): Promise<Staff> {
    if (!isUuid(staffId)) throw refusal('STAFF_NOT_FOUND');
    const staff = await this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      // Staff changes of a workspace run one at a time: two admins demoting each other at once must
      // not both see the other as the admin who stays.
      await sql.execute('select pg_advisory_xact_lock(hashtext(?))', [`staff:${workspaceId}`]);
      const found = await em.findOne(Staff, { id: staffId, workspaceId });
      if (!found) throw refusal('STAFF_NOT_FOUND');
      await work(found, em, sql);
      return found;
    });
    this.auth.forgetStaff(staff.id);
    return staff;
  }

  /** Refuses to take away the workspace's last active admin (other than `leaving`). */
  private async keepAnAdmin(sql: EmSql, workspaceId: string, leaving: string): Promise<void> {
    const admins = await sql.execute<{ id: string }[]>(
      'select id from staff where workspace_id = ? and role = ? and active',
      [workspaceId, ADMIN_ROLE],
    );
    if (!admins.some((a) => a.id !== leaving)) throw refusal('LAST_ADMIN');
  }
}
