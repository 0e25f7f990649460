import { defineModule } from '@patron/sdk';
import { AutomationResolver } from './automation.resolver.js';
import { AutomationService } from './automation.service.js';
import { automationPermissions } from './automation-permissions.js';
import { AutomationRunner } from './automation-runner.js';
import { Migration20261205000042_automations } from './Migration20261205000042_automations.js';
import { TRIGGER_EVENTS } from './triggers.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Automations: saving, pausing, deleting, and their run logs. */
    automations: AutomationService;
    /** Runs automations on outbox events, in the daily scan and on retries. */
    automationRunner: AutomationRunner;
  }
}

/** How often the scan looks for workspaces whose local day has turned, and for runs to retry. */
const SCAN_EVERY_MS = 5 * 60_000;
/** Often enough for a welcome waiting for its consent (an index on retry_at makes each look cheap). */
const RETRY_EVERY_MS = 15_000;

/** Audit event types this module writes; the subject of each is the automation's id. */
export const AUTOMATION_AUDIT_TYPES = [
  'AUTOMATION_CREATED',
  'AUTOMATION_CHANGED',
  'AUTOMATION_PAUSED',
  'AUTOMATION_RESUMED',
  'AUTOMATION_DELETED',
] as const;

/**
 * Automations: a trigger (an event or a date), a condition (a customer filter) and actions (grant
 * points, add a tag, send a message). Each runs at most once per customer and occurrence; see README.md.
 */
export const automationsModule = defineModule({
  name: 'automations',
  auditEventTypes: AUTOMATION_AUDIT_TYPES,
  needs: [
    'sql',
    'log',
    'audit',
    'customerSearch',
    'customers',
    'ledger',
    'tags',
    'currencies',
    'tiers',
    'attributes',
    'workspaceSettings',
    'channels',
    'consents',
    'messageTemplates',
  ],
  services: {
    automations: (services) => new AutomationService(services.sql, services),
    automationRunner: (services) =>
      new AutomationRunner(services.sql, services, (workspaceId, kinds) =>
        services.automations.live(workspaceId, kinds),
      ),
  },
  resolvers: [AutomationResolver],
  permissions: automationPermissions,
  migrations: [{ name: 'Migration20261205000042_automations', class: Migration20261205000042_automations }],
  eventHandlers: [
    {
      name: 'automations.events',
      events: [...new Set(Object.values(TRIGGER_EVENTS))],
      // What occurrenceOf reads: a joining customer's values are not among them.
      readsChanges: ['customer.purchaseRecorded', 'customer.balanceChanged', 'customer.tierChanged'],
      // A till's every coin change need not start a round while no automation listens to balances.
      wants: (write, { automations }) =>
        write.type !== 'customer.balanceChanged' || automations.listensToBalances(),
      handleMany: (events, { automationRunner }) => automationRunner.onEvents(events),
    },
  ],
  jobs: [
    {
      // The daily scan of date triggers (once per local day of each workspace).
      name: 'automations.daily',
      everyMs: SCAN_EVERY_MS,
      step: async ({ automationRunner }) => {
        await automationRunner.scan();
        return false;
      },
    },
    // Runs due again: failed ones' retries, messages held by quiet hours, welcomes waiting for consent.
    {
      name: 'automations.retries',
      everyMs: RETRY_EVERY_MS,
      step: async ({ automationRunner }) => (await automationRunner.retryDue()) > 0,
    },
  ],
  // Learns early whether any automation listens to balances (see listensToBalances).
  onStart: async ({ automations }) => {
    automations.listensToBalances();
  },
});
