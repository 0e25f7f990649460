import { defineModule } from '@patron/sdk';
import { Migration20261207190000_webhooks } from './Migration20261207190000_webhooks.js';
import { WebhookResolver } from './webhook.resolver.js';
import { WEBHOOK_AUDIT_TYPES, WebhookService } from './webhook.service.js';
import { DELIVER_JOB, WebhookDeliveries } from './webhook-deliveries.js';
import { WEBHOOK_EVENT_TYPES } from './webhook-events.js';
import { webhookPermissions } from './webhook-permissions.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The workspace's webhooks (subscriptions of partner apps) and their secrets. */
    webhooks: WebhookService;
    /** What is sent to webhooks, when, and how it went. */
    webhookDeliveries: WebhookDeliveries;
  }
}

/** Outgoing webhooks (catalogue A5/A6): partner apps hear of customer changes without polling. */
export const webhooksModule = defineModule({
  name: 'webhooks',
  auditEventTypes: WEBHOOK_AUDIT_TYPES,
  needs: ['sql', 'audit', 'serverSecrets', 'webhookSettings', 'jobs', 'log', 'erasure'],
  services: {
    webhooks: ({ sql, audit, serverSecrets, webhookSettings }) =>
      new WebhookService(sql, audit, serverSecrets, webhookSettings),
    webhookDeliveries: ({ sql, webhooks, webhookSettings, jobs, log }) =>
      new WebhookDeliveries(sql, webhooks, webhookSettings, () => {
        // Not awaited: the outbox round (or the request) need not wait for the receivers.
        jobs.kick(DELIVER_JOB).catch((e: Error) => log(`webhooks: ${e.message}`));
      }),
  },
  resolvers: [WebhookResolver],
  permissions: webhookPermissions,
  eventHandlers: [
    {
      name: 'webhooks.enqueue',
      events: WEBHOOK_EVENT_TYPES,
      // Every write would start a round for this handler: none while no workspace has a webhook.
      wants: (_write, { webhooks }) => webhooks.listening(),
      handleMany: (events, { webhookDeliveries }) => webhookDeliveries.enqueue(events),
    },
  ],
  jobs: [
    {
      // Kicked when deliveries are written; the poll sends the retries that come due.
      name: DELIVER_JOB,
      everyMs: 15_000,
      step: ({ webhookDeliveries }) => webhookDeliveries.sendDue(),
    },
    {
      // Finished deliveries older than a month; each run deletes batches until none is left.
      name: 'webhooks.prune',
      everyMs: 60 * 60_000,
      step: ({ webhookDeliveries }) => webhookDeliveries.prune(),
    },
  ],
  migrations: [{ name: 'Migration20261207190000_webhooks', class: Migration20261207190000_webhooks }],
  // Learns early whether any webhook listens (see WebhookService.listening).
  onStart: async ({ webhooks, erasure }) => {
    webhooks.listening();
    // A delivery copies the customer's changes: an erased customer's go with the rest of their data.
    erasure.onErase('webhooks', async (run, workspaceId, customerIds) => {
      await run('delete from webhook_delivery where workspace_id = ? and customer_id = any(?::uuid[])', [
        workspaceId,
        customerIds,
      ]);
    });
  },
});
