import { defineModule } from '@patron/sdk';
import { Migration20261207220000_reports_ledger_by_time } from './Migration20261207220000_reports_ledger_by_time.js';
import { ReportExportService } from './report-export.service.js';
import { reportPermissions } from './report-permissions.js';
import { ReportsResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The reports dashboard: figures, series, shares and best customers of a period. */
    reports: ReportsService;
    /** The dashboard as an Excel file for its requester. */
    reportExports: ReportExportService;
  }
}

/**
 * Reports and the dashboard (catalogue A7), read-only over customers, purchases, the ledger, tiers
 * and RFM; read from the analytics replica when one is configured (`analyticsSql`).
 */
export const reportsModule = defineModule({
  name: 'reports',
  needs: ['analyticsSql', 'workspaceSettings', 'files'],
  services: {
    reports: ({ analyticsSql, workspaceSettings }) => new ReportsService(analyticsSql, workspaceSettings),
    reportExports: ({ reports, files }) => new ReportExportService(reports, files),
  },
  resolvers: [ReportsResolver],
  permissions: reportPermissions,
  migrations: [
    {
      name: 'Migration20261207220000_reports_ledger_by_time',
      class: Migration20261207220000_reports_ledger_by_time,
    },
  ],
});
