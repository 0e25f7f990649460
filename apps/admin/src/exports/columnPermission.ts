/**
 * The permission a role needs to read a column, by the module that contributes the field (the
 * server's `exports/export-permissions.ts` decides; this only keeps unreadable columns off the list).
 */
const BY_SOURCE: Record<string, string> = {
  ledger: 'loyalty.read',
  tiers: 'loyalty.read',
  purchases: 'loyalty.read',
  rfm: 'loyalty.read',
  groups: 'loyalty.read',
};

export const columnPermission = (source: string): string => BY_SOURCE[source] ?? 'customers.read';
