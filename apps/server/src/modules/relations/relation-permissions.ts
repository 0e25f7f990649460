import type { PermissionDefinition } from '@patron/sdk';

export const RP = { manageTypes: 'relations.manageTypes' } as const;

export const relationPermissions: PermissionDefinition[] = [
  {
    name: RP.manageTypes,
    description: 'Add, rename and delete the relation types of the workspace',
    roles: ['MANAGER'],
  },
];
