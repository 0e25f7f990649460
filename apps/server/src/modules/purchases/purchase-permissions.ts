import type { PermissionDefinition } from '@patron/sdk';

export const PP = {
  record: 'purchases.record',
  return: 'purchases.return',
} as const;

export const purchasePermissions: PermissionDefinition[] = [
  {
    name: PP.record,
    description: 'Record purchases (with balances spent at them) and referrals; mark a pending purchase paid',
    roles: ['MANAGER', 'OPERATOR'],
  },
  { name: PP.return, description: 'Return a purchase, in full or in part', roles: ['MANAGER', 'OPERATOR'] },
];
