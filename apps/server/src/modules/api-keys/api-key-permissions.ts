import type { PermissionDefinition } from '@patron/sdk';

export const AKP = { manage: 'apiKeys.manage' } as const;

export const apiKeyPermissions: PermissionDefinition[] = [
  // No shipped role holds it (admins hold every permission); people only, so no key makes keys.
  {
    name: AKP.manage,
    description: 'Create and revoke API keys for partner apps',
    roles: [],
    peopleOnly: true,
  },
];
