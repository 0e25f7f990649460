import { problem } from '../problem.js';

/** Managing staff, their passwords and the workspace's roles. */
export const staffProblems = {
  PASSWORD_CHANGE_REQUIRED: problem('FORBIDDEN', 'Change your temporary password first'),
  CURRENT_PASSWORD_WRONG: problem('BAD_USER_INPUT', 'The current password is wrong'),
  PASSWORD_UNCHANGED: problem('BAD_USER_INPUT', 'Choose a password different from the current one'),
  STAFF_NOT_FOUND: problem('NOT_FOUND', 'Staff member not found'),
  LAST_ADMIN: problem('CONFLICT', 'The workspace needs at least one active admin'),
  ROLE_UNKNOWN: problem('BAD_USER_INPUT', 'No role {role} in this workspace'),
  ROLE_NOT_FOUND: problem('NOT_FOUND', 'Role not found'),
  ROLE_KEY_FORMAT: problem(
    'BAD_USER_INPUT',
    'A role key has 2 to 40 capital letters, digits or underscores and starts with a letter',
  ),
  ROLE_KEY_TAKEN: problem('BAD_USER_INPUT', 'Another role already has this key'),
  ROLE_ADMIN_FIXED: problem('CONFLICT', 'The admin role holds every permission and cannot be changed'),
  ROLE_SHIPPED: problem('CONFLICT', 'A shipped role can be edited but not deleted'),
  ROLE_IN_USE: problem('CONFLICT', '{count} staff members hold this role; give them another role first'),
  PERMISSION_UNKNOWN: problem('BAD_USER_INPUT', 'Unknown permission {permission}'),
  TWO_FACTOR_REQUIRED: problem('UNAUTHENTICATED', 'Enter the code from your authenticator app'),
  TWO_FACTOR_CODE_WRONG: problem('BAD_USER_INPUT', 'Wrong code; enter the current one from your app'),
  TWO_FACTOR_CODE_USED: problem('BAD_USER_INPUT', 'This code has just been used; wait for the next one'),
  TWO_FACTOR_CHALLENGE_EXPIRED: problem(
    'UNAUTHENTICATED',
    'The sign-in took too long; enter your email and password again',
  ),
  TWO_FACTOR_SECRET_KEY_MISSING: problem(
    'CONFLICT',
    'Two-factor sign-in cannot be set up: the server has no PATRON_SECRET_KEY',
  ),
  TWO_FACTOR_ALREADY_ON: problem('CONFLICT', 'Two-factor sign-in is already on'),
  TWO_FACTOR_NOT_STARTED: problem('CONFLICT', 'Start setting up two-factor sign-in first'),
  TWO_FACTOR_SETUP_REQUIRED: problem(
    'FORBIDDEN',
    'Your workspace requires two-factor sign-in for your role; set it up first',
  ),
  TWO_FACTOR_REQUIRED_BY_WORKSPACE: problem(
    'CONFLICT',
    'Your workspace requires two-factor sign-in for your role; it cannot be turned off',
  ),
} as const;
