import type { PermissionDefinition } from '@patron/sdk';

export const LP = {
  read: 'loyalty.read',
  adjust: 'loyalty.adjust',
  configure: 'loyalty.configure',
} as const;

export const ledgerPermissions: PermissionDefinition[] = [
  {
    name: LP.read,
    description: 'See balances and ledger operations',
    roles: ['MANAGER', 'OPERATOR', 'ANALYST'],
  },
  {
    name: LP.adjust,
    description: "Add to or subtract from a customer's balance, reverse an operation",
    roles: ['MANAGER', 'OPERATOR'],
  },
  { name: LP.configure, description: 'Define currencies', roles: [] },
];
