import type { PermissionDefinition } from '@patron/sdk';

/** Creating, starting and cancelling mailings: they reach customers, so managers (and admins) only. */
export const MAILINGS_MANAGE = 'mailings.manage';
/** Seeing mailings and their reports, e.g. for an analyst. */
export const MAILINGS_READ = 'mailings.read';

export const mailingPermissions: PermissionDefinition[] = [
  {
    name: MAILINGS_MANAGE,
    description: 'Create, schedule, start, test and cancel mailings to customers',
    roles: ['MANAGER'],
  },
  {
    name: MAILINGS_READ,
    description: 'See mailings, their audience counts and reports',
    roles: ['MANAGER', 'ANALYST'],
  },
];
