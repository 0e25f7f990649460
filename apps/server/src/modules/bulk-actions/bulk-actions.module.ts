import { defineModule } from '@patron/sdk';
import { BulkJobResolver } from './bulk-job.resolver.js';
import { BulkJobService } from './bulk-job.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    bulkActions: BulkJobService;
  }
}

const RUN = 'bulk-actions.run';

/** Changing many customers at once (fields, tags, status, deletion) as a background job. */
export const bulkActionsModule = defineModule({
  name: 'bulk-actions',
  needs: ['orm', 'attributes', 'customers', 'customerSearch', 'tags', 'jobs'],
  services: {
    bulkActions: ({ orm, attributes, customers, customerSearch, tags, jobs }) =>
      new BulkJobService(orm, attributes, customers, customerSearch, tags, () => void jobs.kick(RUN)),
  },
  resolvers: [BulkJobResolver],
  jobs: [{ name: RUN, everyMs: 2000, step: ({ bulkActions }) => bulkActions.runNext() }],
});
