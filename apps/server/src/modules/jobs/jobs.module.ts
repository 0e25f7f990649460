import { defineModule } from '@patron/sdk';
import { jobPermissions } from './job-permissions.js';
import { JobRunService } from './job-runs.service.js';
import { JobsResolver } from './jobs.resolver.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The runs of background jobs on the queue, for the Jobs screen: list, cancel, retry. */
    jobRuns: JobRunService;
  }
}

export const jobsModule = defineModule({
  name: 'jobs',
  needs: ['orm', 'jobs', 'audit'],
  services: {
    jobRuns: ({ orm, jobs, audit }) => new JobRunService(orm, jobs, audit),
  },
  resolvers: [JobsResolver],
  permissions: jobPermissions,
});
