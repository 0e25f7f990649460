import type { PermissionDefinition } from '@patron/sdk';

export const DP = { merge: 'customers.merge' } as const;

export const duplicatePermissions: PermissionDefinition[] = [
  {
    name: DP.merge,
    description: 'Merge two customers into one and undo a merge within 30 days',
    roles: ['MANAGER'],
  },
];
