import { problem } from '../problem.js';

/** A workspace's time zone and quiet hours. */
export const workspaceClockProblems = {
  TIME_ZONE_UNKNOWN: problem(
    'BAD_USER_INPUT',
    'Not a time zone: {zone} (expected a name such as Asia/Tehran)',
  ),
  QUIET_HOURS_INVALID: problem('BAD_USER_INPUT', 'Expected a time as HH:MM from 00:00 to 23:59, got {got}'),
  QUIET_HOURS_EMPTY: problem('BAD_USER_INPUT', 'Quiet hours must start and end at different times'),
};
