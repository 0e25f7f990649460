import type { Actor, LocalizedText } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { CONFIG_KEY } from '../../common/keys.js';
import { cleanName, nameProblems } from '../../common/localized-name.js';
import { visibleText } from '../../common/text.js';
import type { EmSql } from '../../db/em-sql.js';
import { violates } from '../../db/pg-errors.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';

export interface Branch {
  id: string;
  code: string;
  name: LocalizedText;
  address: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface BranchInput {
  /** Required when creating; fixed afterwards. */
  code?: string | null;
  name: LocalizedText;
  address?: string | null;
}

type Path = (string | number)[];

export const BRANCH_NAME_MAX = 60;
export const BRANCH_ADDRESS_MAX = 300;

/** A branch's columns as `Branch`, of the table or of its alias `t`. */
const columnsOf = (t = '') =>
  `${t}id, ${t}code, ${t}name, ${t}address, ${t}active, ${t}created_at as "createdAt", ${t}updated_at as "updatedAt"`;
const COLUMNS = columnsOf();

/** A branch code as the API, the import and purchases give it: trimmed, lower case. */
export const normalCode = (code: string): string => code.trim().toLowerCase();

/**
 * A workspace's branches: a code (a key, fixed once given: purchases keep it), a name in up to three
 * languages, an address and an active flag; and the branch a staff member is bound to. A branch is
 * deleted only when no purchase and no staff member refers to it; its row is locked while a purchase
 * is recorded at it (`lockForPurchase`), so a delete or a deactivation waits for it. Creating, editing,
 * (de)activating and deleting one writes an audit event in its transaction (`BRANCH_AUDIT_TYPES`).
 */
export class BranchService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly audit: AuditService,
  ) {}

  /** By code; the inactive ones only when asked. */
  async list(workspaceId: string, includeInactive = false): Promise<Branch[]> {
    return this.sql.query<Branch>(
      `select ${COLUMNS} from branch where workspace_id = ? and (active or ?::boolean) order by code`,
      [workspaceId, includeInactive],
    );
  }

  async get(workspaceId: string, id: string): Promise<Branch | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.sql.query<Branch>(
      `select ${COLUMNS} from branch where workspace_id = ? and id = ?`,
      [workspaceId, id],
    );
    return row ?? null;
  }

  async byCode(workspaceId: string, code: string, run: Run = this.sql.query): Promise<Branch | null> {
    const [row] = await run<Branch>(`select ${COLUMNS} from branch where workspace_id = ? and code = ?`, [
      workspaceId,
      normalCode(code),
    ]);
    return row ?? null;
  }

  /** Whether the workspace has any branch (active or not): then purchases name one of them. */
  async any(workspaceId: string, run: Run = this.sql.query): Promise<boolean> {
    const [row] = await run<{ any: boolean }>(
      'select exists (select 1 from branch where workspace_id = ?) as any',
      [workspaceId],
    );
    return row?.any === true;
  }

  async create(actor: Actor, workspaceId: string, input: BranchInput): Promise<Branch> {
    const code = normalCode(input.code ?? '');
    const problems: FieldProblem[] = [];
    if (!CONFIG_KEY.test(code)) problems.push(fieldProblem(['input', 'code'], 'KEY_FORMAT'));
    const value = checked(input, problems);
    return this.saving(() =>
      this.sql.transaction(async (run) => {
        const [row] = await run<Branch>(
          `insert into branch (workspace_id, code, name, address) values (?, ?, ?::jsonb, ?) returning ${COLUMNS}`,
          [workspaceId, code, JSON.stringify(value.name), value.address],
        );
        const created = row as Branch;
        await this.audit.record(run, {
          workspaceId,
          type: 'BRANCH_CREATED',
          actor,
          subject: created.code,
          details: { id: created.id, name: created.name, address: created.address },
        });
        return created;
      }),
    );
  }

  /** Renames and re-addresses; the code stays (BRANCH_CODE_FIXED when another one is given). */
  async update(actor: Actor, workspaceId: string, id: string, input: BranchInput): Promise<Branch> {
    const problems: FieldProblem[] = [];
    const value = checked(input, problems);
    return this.sql.transaction(async (run) => {
      const current = await this.locked(run, workspaceId, id);
      if (input.code != null && normalCode(input.code) !== current.code)
        throw badField(['input', 'code'], 'BRANCH_CODE_FIXED');
      const [row] = await run<Branch>(
        `update branch set name = ?::jsonb, address = ?, updated_at = now() where workspace_id = ? and id = ?
         returning ${COLUMNS}`,
        [JSON.stringify(value.name), value.address, workspaceId, id],
      );
      if (!row) throw refusal('BRANCH_NOT_FOUND');
      const renamed = JSON.stringify(current.name) !== JSON.stringify(row.name);
      const moved = current.address !== row.address;
      if (renamed || moved)
        await this.audit.record(run, {
          workspaceId,
          type: 'BRANCH_UPDATED',
          actor,
          subject: row.code,
          details: {
            id: row.id,
            name: { from: current.name, to: row.name },
            address: { from: current.address, to: row.address },
          },
        });
      return row;
    });
  }

  /**
   * An inactive branch takes no new purchases (its bound staff record none until it is active again
   * or they are moved); its purchases and bindings stay.
   */
  async setActive(actor: Actor, workspaceId: string, id: string, active: boolean): Promise<Branch> {
    return this.sql.transaction(async (run) => {
      const current = await this.locked(run, workspaceId, id);
      if (current.active === active) return current;
      const [row] = await run<Branch>(
        `update branch set active = ?, updated_at = now() where workspace_id = ? and id = ? returning ${COLUMNS}`,
        [active, workspaceId, id],
      );
      if (!row) throw refusal('BRANCH_NOT_FOUND');
      await this.audit.record(run, {
        workspaceId,
        type: active ? 'BRANCH_REACTIVATED' : 'BRANCH_DEACTIVATED',
        actor,
        subject: row.code,
        details: { id: row.id, name: row.name },
      });
      return row;
    });
  }

  /** Only a branch no purchase and no staff member refers to (BRANCH_IN_USE: deactivate it instead). */
  async delete(actor: Actor, workspaceId: string, id: string): Promise<string> {
    await this.sql.transaction(async (run) => {
      const branch = await this.locked(run, workspaceId, id);
      const [use] = await run<{ purchases: number; staff: number }>(
        `select (select count(*) from purchase where workspace_id = ? and branch = ? and branch <> '')::int as purchases,
                (select count(*) from staff_branch where workspace_id = ? and branch_id = ?)::int as staff`,
        [workspaceId, branch.code, workspaceId, id],
      );
      if (use && (use.purchases > 0 || use.staff > 0))
        throw refusal('BRANCH_IN_USE', { purchases: use.purchases, staff: use.staff });
      await run('delete from branch where workspace_id = ? and id = ?', [workspaceId, id]);
      await this.audit.record(run, {
        workspaceId,
        type: 'BRANCH_DELETED',
        actor,
        subject: branch.code,
        details: { id, name: branch.name, address: branch.address },
      });
    });
    return id;
  }

  /** How many staff members each branch has bound. */
  async staffCounts(workspaceId: string): Promise<Map<string, number>> {
    const rows = await this.sql.query<{ branch_id: string; n: number }>(
      'select branch_id, count(*)::int as n from staff_branch where workspace_id = ? group by branch_id',
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.branch_id, r.n]));
  }

  /** The branch each of these staff members is bound to (those bound to none are left out). */
  async ofStaff(workspaceId: string, staffIds: string[]): Promise<Map<string, Branch>> {
    const rows = await this.sql.query<Branch & { staffId: string }>(
      `select sb.staff_id as "staffId", ${columnsOf('b.')}
         from staff_branch sb join branch b on b.workspace_id = sb.workspace_id and b.id = sb.branch_id
        where sb.workspace_id = ? and sb.staff_id = any(?::uuid[])`,
      [workspaceId, pgArray(staffIds.filter(isUuid))],
    );
    return new Map(rows.map(({ staffId, ...branch }) => [staffId, branch]));
  }

  /**
   * Binds the staff member to an active branch of the workspace, or to none (null), inside the
   * caller's transaction; the old and new codes, for the audit.
   */
  async bindStaff(
    sql: EmSql,
    workspaceId: string,
    staffId: string,
    branchId: string | null,
    path: Path,
  ): Promise<{ from: string | null; to: string | null }> {
    const [before] = await sql.execute<{ code: string }[]>(
      `select b.code from staff_branch sb join branch b on b.workspace_id = sb.workspace_id and b.id = sb.branch_id
        where sb.workspace_id = ? and sb.staff_id = ?`,
      [workspaceId, staffId],
    );
    if (branchId === null) {
      await sql.execute('delete from staff_branch where workspace_id = ? and staff_id = ?', [
        workspaceId,
        staffId,
      ]);
      return { from: before?.code ?? null, to: null };
    }
    const [branch] = isUuid(branchId)
      ? await sql.execute<{ code: string; active: boolean }[]>(
          'select code, active from branch where workspace_id = ? and id = ? for share',
          [workspaceId, branchId],
        )
      : [];
    if (!branch) throw badField(path, 'BRANCH_UNKNOWN');
    if (!branch.active) throw badField(path, 'BRANCH_INACTIVE', { branch: branch.code });
    await sql.execute(
      `insert into staff_branch (workspace_id, staff_id, branch_id) values (?, ?, ?)
         on conflict (workspace_id, staff_id) do update set branch_id = excluded.branch_id`,
      [workspaceId, staffId, branchId],
    );
    return { from: before?.code ?? null, to: branch.code };
  }

  /**
   * The branch a purchase names, locked (shared) for the rest of the recording transaction so a
   * delete or a deactivation waits for it; null when there is no such branch.
   */
  async lockForPurchase(run: Run, workspaceId: string, code: string): Promise<Branch | null> {
    const [row] = await run<Branch>(
      `select ${COLUMNS} from branch where workspace_id = ? and code = ? for share`,
      [workspaceId, normalCode(code)],
    );
    return row ?? null;
  }

  /** The branch, locked for update in the caller's transaction (BRANCH_NOT_FOUND when there is none). */
  private async locked(run: Run, workspaceId: string, id: string): Promise<Branch> {
    const [row] = isUuid(id)
      ? await run<Branch>(`select ${COLUMNS} from branch where workspace_id = ? and id = ? for update`, [
          workspaceId,
          id,
        ])
      : [];
    if (!row) throw refusal('BRANCH_NOT_FOUND');
    return row;
  }

  private async saving<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (violates(error, '23505', 'branch_code_unique'))
        throw badField(['input', 'code'], 'BRANCH_CODE_TAKEN');
      throw error;
    }
  }
}

function checked(input: BranchInput, problems: FieldProblem[]): { name: LocalizedText; address: string } {
  const name = cleanName(input.name ?? {});
  problems.push(...nameProblems(name, ['input', 'name'], BRANCH_NAME_MAX));
  const address = visibleText(input.address ?? '').replace(/\s+/g, ' ');
  if (address.length > BRANCH_ADDRESS_MAX)
    problems.push(fieldProblem(['input', 'address'], 'TOO_LONG', { max: BRANCH_ADDRESS_MAX }));
  if (problems.length) throw badInput(problems);
  return { name, address };
}
