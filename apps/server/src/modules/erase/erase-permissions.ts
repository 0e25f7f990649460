import type { PermissionDefinition } from '@patron/sdk';

export const ERASE_PERMISSION = 'customers.erase';

/** Erasing cannot be undone: only admins (who hold every permission) by default. */
export const erasePermissions: PermissionDefinition[] = [
  {
    name: ERASE_PERMISSION,
    description: "Erase a customer's personal data on their request (cannot be undone)",
    roles: [],
  },
];
