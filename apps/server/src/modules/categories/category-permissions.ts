import type { PermissionDefinition } from '@patron/sdk';

export const CP = { manage: 'categories.manage' } as const;

export const categoryPermissions: PermissionDefinition[] = [
  { name: CP.manage, description: 'Create, rename, recolour and delete categories', roles: ['MANAGER'] },
];
