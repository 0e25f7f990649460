import { defineModule } from '@patron/sdk';
import { ExportResolver } from './export.resolver.js';
import { ExportService } from './export.service.js';
import { exportPermissions } from './export-permissions.js';
import { ExportStorage } from './export-storage.js';
import { Migration20261205000024_exports } from './Migration20261205000024_exports.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Customer lists out to CSV or XLSX as background jobs; the file goes to its requester only. */
    exports: ExportService;
  }
}

const RUN = 'exports.run';

/** Audit event types this module writes: customer data leaving the system (the subject is the export's id). */
export const EXPORT_AUDIT_TYPES = ['CUSTOMERS_EXPORTED'] as const;

/** Customer exports (CSV with BOM, XLSX) from a list, a segment or a selection. */
export const exportsModule = defineModule({
  name: 'exports',
  auditEventTypes: EXPORT_AUDIT_TYPES,
  needs: [
    'orm',
    'sql',
    'attributes',
    'customerSearch',
    'tags',
    'loyaltyProgramme',
    'audit',
    'files',
    'jobs',
    'notifications',
    'log',
  ],
  services: {
    exports: (s) =>
      new ExportService(
        s.orm,
        s.sql,
        s.attributes,
        s.customerSearch,
        s.tags,
        s.loyaltyProgramme,
        s.audit,
        new ExportStorage(s.files),
        // The workspace's own run: a small export does not wait behind another workspace's million rows.
        (workspaceId) => void s.jobs.enqueue(RUN, { workspaceId }, { key: workspaceId }).catch(() => {}),
        s.notifications,
        s.log,
      ),
  },
  resolvers: [ExportResolver],
  permissions: exportPermissions,
  jobs: [
    {
      name: RUN,
      // The periodic run (no workspace) takes up exports left by a stopped process or a lost kick.
      everyMs: 5000,
      step: ({ exports }, payload, run) => exports.runNext(payload?.workspaceId, run),
      // Cancelled on the Jobs screen: the workspace's running export ends CANCELLED, as by its own cancel.
      cancelled: async ({ exports }, payload) => {
        if (payload.workspaceId) await exports.cancelRunning(payload.workspaceId);
      },
      // Two exports at once in a process, of two workspaces (or the periodic run's beside a workspace's).
      concurrency: 2,
    },
  ],
  migrations: [{ name: 'Migration20261205000024_exports', class: Migration20261205000024_exports }],
});
