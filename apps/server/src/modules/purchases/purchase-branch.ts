import type { Actor } from '@patron/sdk';
import type { Run } from '../../db/prepared-pool.js';
import { badField } from '../../graphql/errors.js';
import { type BranchService, normalCode } from '../branches/branch.service.js';

type Path = (string | number)[];

/** Where a purchase is recorded: the text stored (a branch's code, or none), and whether it is a branch. */
export interface PurchaseBranch {
  text: string;
  isBranch: boolean;
}

/**
 * The branch rules of a purchase (the API, the purchase import and the demo seed all record through
 * `PurchaseService.record`, so all go through these):
 * - a staff member bound to a branch records at it only: no branch given means theirs, another one is
 *   PURCHASE_BRANCH_NOT_YOURS;
 * - otherwise (API keys, unbound staff) any branch, or none; when the workspace has branches, a
 *   branch given must be one of them (PURCHASE_BRANCH_UNKNOWN), by its code in any case;
 * - a workspace without branches keeps the free text of before.
 * Whether the branch is active is checked in the recording transaction (`lockBranch`).
 */
export async function purchaseBranch(
  branches: BranchService,
  workspaceId: string,
  actor: Actor,
  given: string,
  path: Path,
): Promise<PurchaseBranch> {
  const mine =
    actor.kind === 'staff' && actor.id
      ? (await branches.ofStaff(workspaceId, [actor.id])).get(actor.id)
      : undefined;
  if (mine) {
    if (given && normalCode(given) !== mine.code)
      throw badField(path, 'PURCHASE_BRANCH_NOT_YOURS', { yours: mine.code, branch: given });
    return { text: mine.code, isBranch: true };
  }
  if (!given) return { text: '', isBranch: false };
  if (!(await branches.any(workspaceId))) return { text: given, isBranch: false };
  const branch = await branches.byCode(workspaceId, given);
  if (!branch) throw badField(path, 'PURCHASE_BRANCH_UNKNOWN', { branch: given });
  return { text: branch.code, isBranch: true };
}

/**
 * Inside the recording transaction: the branch is still there and active, and stays so until the
 * purchase commits (its row is share-locked, so a delete or a deactivation waits).
 */
export async function lockBranch(
  branches: BranchService,
  run: Run,
  workspaceId: string,
  branch: PurchaseBranch,
  path: Path,
): Promise<void> {
  if (!branch.isBranch) return;
  const found = await branches.lockForPurchase(run, workspaceId, branch.text);
  if (!found) throw badField(path, 'PURCHASE_BRANCH_UNKNOWN', { branch: branch.text });
  if (!found.active) throw badField(path, 'PURCHASE_BRANCH_INACTIVE', { branch: branch.text });
}
