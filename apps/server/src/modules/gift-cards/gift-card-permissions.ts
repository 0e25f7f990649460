import type { PermissionDefinition } from '@patron/sdk';

export const GP = { manage: 'giftCards.manage', redeem: 'giftCards.redeem' } as const;

export const giftCardPermissions: PermissionDefinition[] = [
  {
    name: GP.manage,
    description: 'Issue gift cards, list them, block and unblock them, download a batch’s codes',
    roles: ['MANAGER'],
  },
  {
    name: GP.redeem,
    description: 'Check a gift card’s code and redeem it onto a customer’s balance',
    roles: ['MANAGER', 'OPERATOR'],
  },
];
