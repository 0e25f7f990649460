import type { PreparedPool } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { fieldProblem } from '../../graphql/errors.js';
import type { Checked, WorkspaceSettings } from './workspace-settings.service.js';

/** The roles whose holders must use two-factor sign-in: each a role of this workspace, kept in key order. */
export async function twoFactorRolesChange(
  sql: PreparedPool,
  workspaceId: string,
  before: WorkspaceSettings,
  roles: string[],
): Promise<Checked> {
  const wanted = [...new Set(roles)].sort();
  const known = new Set(
    (await sql.query<{ key: string }>('select key from role where workspace_id = ?', [workspaceId])).map(
      (r) => r.key,
    ),
  );
  const problems = roles.flatMap((role, i) =>
    known.has(role) ? [] : [fieldProblem(['input', 'twoFactorRequiredRoles', i], 'ROLE_UNKNOWN', { role })],
  );
  if (problems.length) return { problems };
  const was = before.twoFactorRequiredRoles;
  if (JSON.stringify(wanted) === JSON.stringify(was)) return { problems: [] };
  return {
    problems: [],
    change: {
      set: 'two_factor_required_roles = ?::text[]',
      params: [pgArray(wanted)],
      details: { twoFactorRequiredRoles: { from: was, to: wanted } },
    },
  };
}
