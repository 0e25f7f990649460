import type { PermissionDefinition } from '@patron/sdk';

export const WP = { manage: 'webhooks.manage' } as const;

export const webhookPermissions: PermissionDefinition[] = [
  {
    name: WP.manage,
    description: 'Create, change and delete webhooks, see and resend their deliveries',
    // Admins only: a webhook sends customer data out of the workspace to any address it names.
    roles: [],
    // A key making webhooks could route customer data anywhere, beyond what the key itself reads.
    peopleOnly: true,
  },
];
