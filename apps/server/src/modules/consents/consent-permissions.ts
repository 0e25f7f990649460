import type { PermissionDefinition } from '@patron/sdk';

export const VERIFY_PERMISSION = 'customers.verify';

export const consentPermissions: PermissionDefinition[] = [
  {
    name: VERIFY_PERMISSION,
    description: "Verify customers' profiles and mark their phone and email verified",
    roles: ['MANAGER'],
  },
];
