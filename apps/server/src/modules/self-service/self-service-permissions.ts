import type { PermissionDefinition } from '@patron/sdk';

export const SSP = { invite: 'selfService.invite', handleRequests: 'customerRequests.handle' } as const;

export const selfServicePermissions: PermissionDefinition[] = [
  {
    name: SSP.invite,
    description: 'Invite a customer to self-service (a link to set their password)',
    roles: ['MANAGER', 'OPERATOR'],
  },
  {
    name: SSP.handleRequests,
    description: "Read customers' requests, answer and close them",
    roles: ['MANAGER', 'OPERATOR'],
  },
];
