import type { PermissionDefinition } from '@patron/sdk';

export const P = {
  customersRead: 'customers.read',
  customersWrite: 'customers.write',
  customersDelete: 'customers.delete',
  attributesRead: 'attributes.read',
  attributesManage: 'attributes.manage',
  staffManage: 'staff.manage',
  tagsManage: 'tags.manage',
} as const;

export const corePermissions: PermissionDefinition[] = [
  {
    name: P.customersRead,
    description: 'See customers and their history',
    roles: ['MANAGER', 'OPERATOR', 'ANALYST'],
  },
  {
    name: P.customersWrite,
    description: 'Create and edit customers, change their status',
    roles: ['MANAGER', 'OPERATOR'],
  },
  { name: P.customersDelete, description: 'Delete customers', roles: ['MANAGER'] },
  {
    name: P.attributesRead,
    description: 'See attribute definitions',
    roles: ['MANAGER', 'OPERATOR', 'ANALYST'],
  },
  { name: P.attributesManage, description: 'Define, reorder and retire attributes', roles: [] },
  { name: P.staffManage, description: 'Manage staff accounts', roles: [], peopleOnly: true },
  { name: P.tagsManage, description: 'Create, rename, recolour and delete tags', roles: ['MANAGER'] },
];
