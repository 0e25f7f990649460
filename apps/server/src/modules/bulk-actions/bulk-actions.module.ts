import { defineModule } from '@patron/sdk';
import { BulkJobResolver } from './bulk-job.resolver.js';
import { BulkJobService } from './bulk-job.service.js';
import { Migration20261212090000_bulk_job_cancelled } from './Migration20261212090000_bulk_job_cancelled.js';

declare module '@patron/sdk' {
  interface PatronServices {
    bulkActions: BulkJobService;
  }
}

const RUN = 'bulk-actions.run';

/** Changing many customers at once (fields, tags, status, deletion) as a background job. */
export const bulkActionsModule = defineModule({
  name: 'bulk-actions',
  needs: ['orm', 'sql', 'attributes', 'customers', 'customerSearch', 'tags', 'jobs'],
  services: {
    bulkActions: ({ orm, sql, attributes, customers, customerSearch, tags, jobs }) =>
      new BulkJobService(
        orm,
        sql,
        attributes,
        customers,
        customerSearch,
        tags,
        // The workspace's own run: a workspace's bulk action does not wait behind another's.
        (workspaceId) => void jobs.enqueue(RUN, { workspaceId }, { key: workspaceId }).catch(() => {}),
      ),
  },
  resolvers: [BulkJobResolver],
  jobs: [
    {
      name: RUN,
      // The periodic run (no workspace) takes up bulk actions left by a stopped process or a lost kick.
      everyMs: 2000,
      step: ({ bulkActions }, payload, run) => bulkActions.runNext(payload?.workspaceId, run),
      // Cancelled on the Jobs screen: the workspace's running bulk action ends CANCELLED after its chunk under way.
      cancelled: async ({ bulkActions }, payload) => {
        if (payload.workspaceId) await bulkActions.cancelRunning(payload.workspaceId);
      },
      // Two at once in a process, of two workspaces: one workspace's go one after another.
      concurrency: 2,
    },
  ],
  migrations: [
    { name: 'Migration20261212090000_bulk_job_cancelled', class: Migration20261212090000_bulk_job_cancelled },
  ],
});
