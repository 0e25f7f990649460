import { defineModule } from '@patron/sdk';
import { Migration20261205000041_mailings } from './Migration20261205000041_mailings.js';
import { Migration20261205000050_mailing_test_lease } from './Migration20261205000050_mailing_test_lease.js';
import { Migration20261205000059_mailing_message_customer_key } from './Migration20261205000059_mailing_message_customer_key.js';
import { Migration20261207183000_message_clicks } from './Migration20261207183000_message_clicks.js';
import { Migration20261210090000_mailing_links } from './Migration20261210090000_mailing_links.js';
import { Migration20261211090000_mailing_audit_types } from './Migration20261211090000_mailing_audit_types.js';
import { MailingResolver } from './mailing.resolver.js';
import { MailingService } from './mailing.service.js';
import { MailingDelivery, recordDeliveryReports, recordUnsubscribe } from './mailing-delivery.js';
import { MESSAGE_HISTORY } from './mailing-history.js';
import { mailingPermissions } from './mailing-permissions.js';
import { MailingReportService } from './mailing-reports.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Mailings: drafts, audience counts, scheduling, the recipients' messages and their states. */
    mailings: MailingService;
    /** A mailing's report: messages by state and reason, attributed purchases. */
    mailingReports: MailingReportService;
    /** The delivery step: sending mailings' due messages through the channels, batch by batch. */
    mailingDelivery: MailingDelivery;
  }
}

/** Writes a sending mailing's recipients (enqueued per mailing; every run also picks up lost ones). */
export const START_JOB = 'mailings.start';
/** Starts scheduled mailings whose time has come. */
export const DUE_JOB = 'mailings.due';
/** Hands sending mailings' due messages (and test sends) to the channels. */
export const DELIVER_JOB = 'mailings.deliver';

/** Audit event types this module writes; the subject of each is the mailing's id. */
export const MAILING_AUDIT_TYPES = [
  'MAILING_CREATED',
  'MAILING_UPDATED',
  'MAILING_STARTED',
  'MAILING_CANCELLED',
] as const;

/** Mailings (M1): audience, schedule, recipients' messages, cancel, history and report. */
export const mailingsModule = defineModule({
  name: 'mailings',
  auditEventTypes: MAILING_AUDIT_TYPES,
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
    'sql',
    'channels',
    'messageTemplates',
  ],
  services: {
    mailings: ({ orm, customerSearch, groups, consents, channels, workspaceSettings, audit, jobs, events }) =>
      new MailingService(
        orm,
        customerSearch,
        groups,
        consents,
        channels,
        workspaceSettings,
        audit,
        async (workspaceId, mailingId) => {
          await jobs.enqueue(START_JOB, { workspaceId, mailingId }, { key: mailingId });
        },
        () => events.kick(),
      ),
    mailingReports: ({ orm, mailings }) => new MailingReportService(orm, mailings),
    mailingDelivery: ({ sql, mailings, channels, messageTemplates, consents, workspaceSettings }) =>
      new MailingDelivery(sql, mailings, channels, messageTemplates, consents, workspaceSettings),
  },
  resolvers: [MailingResolver],
  permissions: mailingPermissions,
  historyEventTypes: Object.values(MESSAGE_HISTORY),
  jobs: [
    {
      name: START_JOB,
      everyMs: 60_000,
      step: async ({ mailings, jobs }, payload) => {
        if (payload?.workspaceId && typeof payload.mailingId === 'string') {
          await mailings.materialize(payload.workspaceId, payload.mailingId);
          void jobs.kick(DELIVER_JOB).catch(() => {});
        }
        return false;
      },
    },
    // Each step is one batch per sending mailing; a run goes on while batches are due.
    { name: DELIVER_JOB, everyMs: 5_000, step: ({ mailingDelivery }) => mailingDelivery.deliverDue() },
    { name: DUE_JOB, everyMs: 30_000, step: ({ mailings }) => mailings.startDue() },
  ],
  migrations: [
    { name: 'Migration20261205000041_mailings', class: Migration20261205000041_mailings },
    { name: 'Migration20261205000050_mailing_test_lease', class: Migration20261205000050_mailing_test_lease },
    {
      name: 'Migration20261205000059_mailing_message_customer_key',
      class: Migration20261205000059_mailing_message_customer_key,
    },
    { name: 'Migration20261207183000_message_clicks', class: Migration20261207183000_message_clicks },
    { name: 'Migration20261210090000_mailing_links', class: Migration20261210090000_mailing_links },
    {
      name: 'Migration20261211090000_mailing_audit_types',
      class: Migration20261211090000_mailing_audit_types,
    },
  ],
  // The address a message went to is personal data; the fact that it was sent, and its outcome, stay.
  onStart: async ({ erasure, channels, sql, mailings }) => {
    channels.onDeliveryReport(async ({ workspaceId, reports }) => {
      await recordDeliveryReports(sql, mailings, workspaceId, reports);
    });
    channels.onUnsubscribe((target) => recordUnsubscribe(sql, mailings, target));
    erasure.onErase('mailings', async (run, workspaceId, customerIds) => {
      await run(
        'update mailing_message set address = null where workspace_id = ? and customer_id = any(?::uuid[])',
        [workspaceId, customerIds],
      );
    });
  },
});
