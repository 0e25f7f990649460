import type { PermissionDefinition } from '@patron/sdk';

export const JP = { read: 'jobs.read', manage: 'jobs.manage' } as const;

/** No shipped role holds them: admins (who hold every permission) watch and steer background work. */
export const jobPermissions: PermissionDefinition[] = [
  { name: JP.read, description: 'See background job runs', roles: [] },
  { name: JP.manage, description: 'Cancel and retry background job runs', roles: [] },
];
