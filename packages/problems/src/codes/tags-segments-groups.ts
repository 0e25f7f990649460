import { problem } from '../problem.js';

/** Tags, saved segments and manual groups. */
export const tagSegmentGroupProblems = {
  TAG_NOT_FOUND: problem('NOT_FOUND', 'Tag not found'),
  TAG_UNKNOWN: problem('BAD_USER_INPUT', 'No tag with id {id}'),
  TAG_NAME_LENGTH: problem('BAD_USER_INPUT', 'A tag name has 1 to {max} characters'),
  TAG_NAME_TAKEN: problem('BAD_USER_INPUT', 'Another tag already has this name'),
  TAG_COLOR_FORMAT: problem('BAD_USER_INPUT', 'Expected a colour as #rrggbb'),
  SEGMENT_NOT_FOUND: problem('NOT_FOUND', 'Segment not found'),
  SEGMENT_NAME_LENGTH: problem('BAD_USER_INPUT', 'A segment name has 1 to {max} characters'),
  SEGMENT_SHARED_OWNER_ONLY: problem('FORBIDDEN', 'Only its owner or an admin may change a shared segment'),
  GROUP_NOT_FOUND: problem('NOT_FOUND', 'Group not found'),
  GROUP_UNKNOWN: problem('BAD_USER_INPUT', 'No group with this id'),
  GROUP_NAME_LENGTH: problem('BAD_USER_INPUT', 'A group name has 1 to {max} characters'),
  GROUP_NAME_TAKEN: problem('BAD_USER_INPUT', 'Another group already has this name'),
} as const;
