import type { PermissionDefinition } from '@patron/sdk';

export const REPORTS_READ = 'reports.read';

export const reportPermissions: PermissionDefinition[] = [
  {
    name: REPORTS_READ,
    description: 'See the reports dashboard (figures of the whole base) and download it as Excel',
    // Operators serve customers one at a time; figures of the whole base are for those who run it.
    roles: ['MANAGER', 'ANALYST'],
  },
];
