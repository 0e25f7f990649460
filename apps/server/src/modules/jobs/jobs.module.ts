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

/** Audit event types this module writes: an admin cancelling or retrying a run (the subject is the job). */
export const JOB_AUDIT_TYPES = ['JOB_CANCELLED', 'JOB_RETRIED'] as const;

export const jobsModule = defineModule({
  name: 'jobs',
  auditEventTypes: JOB_AUDIT_TYPES,
  needs: ['orm', 'jobs', 'audit'],
  services: {
    jobRuns: ({ orm, jobs, audit }) => new JobRunService(orm, jobs, audit),
  },
  resolvers: [JobsResolver],
  permissions: jobPermissions,
});
