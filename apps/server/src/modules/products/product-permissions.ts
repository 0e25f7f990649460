import type { PermissionDefinition } from '@patron/sdk';

export const PP = { read: 'products.read', manage: 'products.manage' } as const;

export const productPermissions: PermissionDefinition[] = [
  {
    name: PP.read,
    description: 'See the products and services, their stock and movements, and the sales report',
    roles: ['MANAGER', 'OPERATOR', 'ANALYST'],
  },
  {
    name: PP.manage,
    description: 'Create, edit, deactivate and delete products; receive stock and take stock',
    roles: ['MANAGER'],
  },
];
