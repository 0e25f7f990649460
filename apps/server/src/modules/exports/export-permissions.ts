import type { PermissionDefinition } from '@patron/sdk';
import { P } from '../auth/core-permissions.js';
import { LP } from '../ledger/ledger-permissions.js';

export const EXPORT_PERMISSION = 'customers.export';

export const exportPermissions: PermissionDefinition[] = [
  {
    name: EXPORT_PERMISSION,
    description: 'Export customer lists to CSV or XLSX files (only the columns the role can read)',
    roles: ['MANAGER', 'ANALYST'],
  },
];

/**
 * What a role must hold to read a column, by the module that contributes the field: balances, tiers,
 * purchase totals, RFM scores and groups are read elsewhere only with the loyalty read permission.
 * Attributes, status, tags and a plugin's fields are part of the customer, read with customers.read.
 */
const BY_SOURCE: Record<string, string> = {
  ledger: LP.read,
  tiers: LP.read,
  purchases: LP.read,
  rfm: LP.read,
  groups: LP.read,
};

export function columnPermission(source: string): string {
  return BY_SOURCE[source] ?? P.customersRead;
}
