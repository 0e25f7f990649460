import type { PermissionDefinition } from '@patron/sdk';

export const TEMPLATES_MANAGE = 'templates.manage';

export const templatePermissions: PermissionDefinition[] = [
  {
    name: TEMPLATES_MANAGE,
    description: 'See, write, preview and delete message templates',
    roles: ['MANAGER'],
  },
];
