import type { PermissionDefinition } from '@patron/sdk';

export const NP = { read: 'news.read', manage: 'news.manage' } as const;

export const newsPermissions: PermissionDefinition[] = [
  {
    name: NP.read,
    description: 'See the news posts published to customers, with how many have read each',
    roles: ['MANAGER', 'ANALYST'],
  },
  {
    name: NP.manage,
    description: 'Write, schedule, pin and delete news posts for customers',
    roles: ['MANAGER'],
  },
];
