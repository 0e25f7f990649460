import { problem } from '../problem.js';

/** Child profiles, duplicate candidates, merge and unmerge. */
export const duplicateProblems = {
  MERGE_INTO_ITSELF: problem('BAD_USER_INPUT', 'A customer cannot be merged into itself'),
  MERGE_ALREADY_MERGED: problem(
    'CONFLICT',
    'This profile is already a child of another customer; open the main profile instead',
  ),
  MERGE_NOT_FOUND: problem('NOT_FOUND', 'No merge of this customer to undo'),
  UNMERGE_TOO_LATE: problem('CONFLICT', 'A merge can be undone for {days} days; this one is older'),
  UNMERGE_MAIN_GONE: problem(
    'CONFLICT',
    'The main profile has itself been merged or deleted since; undo that first',
  ),
  UNMERGE_BALANCE_SPENT: problem(
    'CONFLICT',
    'The main profile has spent part of the {currency} balance it received ({available} left, {needed} needed)',
  ),
  UNMERGE_VALUE_TAKEN: problem(
    'CONFLICT',
    "Another customer now has this profile's {field}; change it there before undoing the merge",
  ),
} as const;
