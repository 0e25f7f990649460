import { problem } from '../problem.js';

/** Branches, the staff members bound to one, and the branch a purchase is recorded at. */
export const branchProblems = {
  BRANCH_NOT_FOUND: problem('NOT_FOUND', 'Branch not found'),
  BRANCH_CODE_TAKEN: problem('BAD_USER_INPUT', 'Another branch already has this code'),
  BRANCH_CODE_FIXED: problem('BAD_USER_INPUT', 'A branch keeps the code it was created with'),
  BRANCH_UNKNOWN: problem('BAD_USER_INPUT', 'No such branch in this workspace'),
  BRANCH_INACTIVE: problem('BAD_USER_INPUT', 'The branch {branch} is inactive'),
  BRANCH_IN_USE: problem(
    'CONFLICT',
    'The branch has {purchases} purchases and {staff} staff members: deactivate it instead',
  ),
  PURCHASE_BRANCH_UNKNOWN: problem('BAD_USER_INPUT', 'No branch with the code {branch}'),
  PURCHASE_BRANCH_INACTIVE: problem('BAD_USER_INPUT', 'The branch {branch} is inactive'),
  PURCHASE_BRANCH_NOT_YOURS: problem(
    'BAD_USER_INPUT',
    'You record purchases at your branch ({yours}) only, not at {branch}',
  ),
} as const;
