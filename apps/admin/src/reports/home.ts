/**
 * The dashboard's resource and the permission it needs: the home page of those who hold it. Shared by
 * the resource (index.tsx) and the sign-in (auth/authProvider.ts), which sends them there.
 */
export const DASHBOARD_RESOURCE = 'dashboard';
export const REPORTS_READ = 'reports.read';

/** Where the sign-in leads a staff member with these permissions: the dashboard or the customer list. */
export const homeOf = (permissions: readonly string[]): string =>
  permissions.includes(REPORTS_READ) ? `/${DASHBOARD_RESOURCE}` : '/customers';
