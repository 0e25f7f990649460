import type { PermissionDefinition } from '@patron/sdk';

export const BP = { read: 'branches.read', manage: 'branches.manage' } as const;

export const branchPermissions: PermissionDefinition[] = [
  {
    name: BP.read,
    description: 'See the branches (to record a purchase at one, to list purchases by branch)',
    roles: ['MANAGER', 'OPERATOR', 'ANALYST'],
  },
  {
    name: BP.manage,
    description: 'Create, edit, deactivate and delete branches',
    roles: [],
  },
];
