import type { PermissionDefinition } from '@patron/sdk';

export const AUTOMATIONS = {
  read: 'automations.read',
  manage: 'automations.manage',
} as const;

export const automationPermissions: PermissionDefinition[] = [
  {
    name: AUTOMATIONS.read,
    description: 'See automations and their run logs',
    roles: ['MANAGER', 'ANALYST'],
  },
  {
    name: AUTOMATIONS.manage,
    description: 'Create, edit, pause and delete automations (they grant points and tag customers)',
    roles: ['MANAGER'],
  },
];
