import type { PermissionDefinition } from '@patron/sdk';

export const IMPORT_PERMISSION = 'customers.import';

export const importPermissions: PermissionDefinition[] = [
  {
    name: IMPORT_PERMISSION,
    description: 'Import customers, purchase history and points and balance history from files',
    roles: ['MANAGER'],
  },
];
