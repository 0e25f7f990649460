import { defineModule } from '@patron/sdk';
import { BalanceBatchResolver } from './balance-batch.resolver.js';
import { BalanceBatchRunner } from './balance-batch.runner.js';
import { BalanceBatchService } from './balance-batch.service.js';
import { Migration20261205000024_balance_batch_selection } from './Migration20261205000024_balance_batch_selection.js';

declare module '@patron/sdk' {
  interface PatronServices {
    balanceBatches: BalanceBatchService;
    balanceBatchRunner: BalanceBatchRunner;
  }
}

const APPLY = 'balance-batches.apply';

/** Adjusting many balances at once: from a file, a segment, a group or a selection, previewed, then applied. */
export const balanceBatchesModule = defineModule({
  name: 'balance-batches',
  needs: ['sql', 'currencies', 'customerSearch', 'groups', 'jobs', 'events', 'workspaceSettings'],
  services: {
    balanceBatches: (services) =>
      new BalanceBatchService(
        services.sql,
        services.currencies,
        services.customerSearch,
        // The workspace's own run: a batch does not wait behind another workspace's.
        (workspaceId) =>
          void services.jobs.enqueue(APPLY, { workspaceId }, { key: workspaceId }).catch(() => {}),
        (workspaceId, groupId, path) => services.groups.membersWhere(workspaceId, groupId, path),
        (workspaceId) => services.workspaceSettings.phoneCountry(workspaceId),
      ),
    balanceBatchRunner: ({ sql, events }) => new BalanceBatchRunner(sql, (written) => events.kick(written)),
  },
  resolvers: [BalanceBatchResolver],
  migrations: [
    {
      name: 'Migration20261205000024_balance_batch_selection',
      class: Migration20261205000024_balance_batch_selection,
    },
  ],
  jobs: [
    {
      name: APPLY,
      // The periodic run (no workspace) takes up batches left by a stopped process or a lost kick.
      everyMs: 5000,
      step: ({ balanceBatchRunner }, payload) => balanceBatchRunner.runNext(payload?.workspaceId),
      // Two batches at once in a process, of two workspaces: one workspace's go one after another.
      concurrency: 2,
    },
  ],
});
