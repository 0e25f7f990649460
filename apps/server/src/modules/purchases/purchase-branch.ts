import type { Actor } from '@patron/sdk';
import type { Run } from '../../db/prepared-pool.js';
import { badField } from '../../graphql/errors.js';
import { type BranchService, normalCode } from '../branches/branch.service.js';

type Path = (string | number)[];

/** The branch a purchase names before it is checked: the text given, or the bound staff member's own. */
export interface BranchClaim {
  text: string;
  /** The recorder's own branch (a bound staff member): it must be a branch, never free text. */
  bound: boolean;
}

/**
 * The staff side of a purchase's branch rules, before the recording transaction: a staff member bound
 * to a branch records at it only. No branch given means theirs; another one is
 * PURCHASE_BRANCH_NOT_YOURS. API keys and unbound staff name any branch, or none. One query, for
 * staff only.
 */
export async function claimBranch(
  branches: BranchService,
  workspaceId: string,
  actor: Actor,
  given: string,
  path: Path,
): Promise<BranchClaim> {
  const mine =
    actor.kind === 'staff' && actor.id
      ? (await branches.ofStaff(workspaceId, [actor.id])).get(actor.id)
      : undefined;
  if (!mine) return { text: given, bound: false };
  if (given && normalCode(given) !== mine.code)
    throw badField(path, 'PURCHASE_BRANCH_NOT_YOURS', { yours: mine.code, branch: given });
  return { text: mine.code, bound: true };
}

/**
 * Inside the recording transaction, the text the purchase stores (the API, the purchase import, its
 * preview and the demo seed all come here through `PurchaseService.record`):
 * - a branch of the workspace, named by its code in any case: it must be active
 *   (PURCHASE_BRANCH_INACTIVE), and stays so until the purchase commits (its row is share-locked, so
 *   a delete or a deactivation waits);
 * - any other text, when the workspace has branches, is PURCHASE_BRANCH_UNKNOWN;
 * - a workspace without branches keeps the free text of before.
 * One query when the branch is found; the workspace's branches are counted only on a miss.
 */
export async function lockBranch(
  branches: BranchService,
  run: Run,
  workspaceId: string,
  claim: BranchClaim,
  path: Path,
): Promise<string> {
  if (!claim.text) return '';
  const found = await branches.lockForPurchase(run, workspaceId, claim.text);
  if (found) {
    if (!found.active) throw badField(path, 'PURCHASE_BRANCH_INACTIVE', { branch: found.code });
    return found.code;
  }
  if (!claim.bound && !(await branches.any(workspaceId, run))) return claim.text;
  throw badField(path, 'PURCHASE_BRANCH_UNKNOWN', { branch: claim.text });
}
