import { defineModule } from '@patron/sdk';
import { Migration20261205000041_mailings } from './Migration20261205000041_mailings.js';
import { MailingResolver } from './mailing.resolver.js';
import { MailingService } from './mailing.service.js';
import { MESSAGE_HISTORY } from './mailing-history.js';
import { mailingPermissions } from './mailing-permissions.js';
import { MailingReportService } from './mailing-reports.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Mailings: drafts, audience counts, scheduling, the recipients' messages and their states. */
    mailings: MailingService;
    /** A mailing's report: messages by state and reason, attributed purchases. */
    mailingReports: MailingReportService;
  }
}

/** Writes a sending mailing's recipients (enqueued per mailing; every run also picks up lost ones). */
export const START_JOB = 'mailings.start';
/** Starts scheduled mailings whose time has come. */
export const DUE_JOB = 'mailings.due';

/** Mailings (M1): audience, schedule, recipients' messages, cancel, history and report. */
export const mailingsModule = defineModule({
  name: 'mailings',
  needs: [
    'orm',
    'customerSearch',
    'groups',
    'consents',
    'workspaceSettings',
    'audit',
    'jobs',
    'events',
    'erasure',
  ],
  services: {
    mailings: ({ orm, customerSearch, groups, consents, workspaceSettings, audit, jobs, events }) =>
      new MailingService(
        orm,
        customerSearch,
        groups,
        consents,
        workspaceSettings,
        audit,
        async (workspaceId, mailingId) => {
          await jobs.enqueue(START_JOB, { workspaceId, mailingId }, { key: mailingId });
        },
        () => events.kick(),
      ),
    mailingReports: ({ orm, mailings }) => new MailingReportService(orm, mailings),
  },
  resolvers: [MailingResolver],
  permissions: mailingPermissions,
  historyEventTypes: Object.values(MESSAGE_HISTORY),
  jobs: [
    {
      name: START_JOB,
      everyMs: 60_000,
      step: async ({ mailings }, payload) => {
        if (payload?.workspaceId && typeof payload.mailingId === 'string')
          await mailings.materialize(payload.workspaceId, payload.mailingId);
        return false;
      },
    },
    { name: DUE_JOB, everyMs: 30_000, step: ({ mailings }) => mailings.startDue() },
  ],
  migrations: [{ name: 'Migration20261205000041_mailings', class: Migration20261205000041_mailings }],
  // The address a message went to is personal data; the fact that it was sent, and its outcome, stay.
  onStart: async ({ erasure }) => {
    erasure.onErase('mailings', async (run, workspaceId, customerIds) => {
      await run(
        'update mailing_message set address = null where workspace_id = ? and customer_id = any(?::uuid[])',
        [workspaceId, customerIds],
      );
    });
  },
});
