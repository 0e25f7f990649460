import { defineModule } from '@patron/sdk';
import { BalanceBatchResolver } from './balance-batch.resolver.js';
import { BalanceBatchRunner } from './balance-batch.runner.js';
import { BalanceBatchService } from './balance-batch.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    balanceBatches: BalanceBatchService;
    balanceBatchRunner: BalanceBatchRunner;
  }
}

const APPLY = 'balance-batches.apply';

/** Adjusting many balances at once: from a file, a segment or a group, previewed, then applied. */
export const balanceBatchesModule = defineModule({
  name: 'balance-batches',
  needs: ['sql', 'currencies', 'customerSearch', 'groups', 'jobs', 'events', 'workspaceSettings'],
  services: {
    balanceBatches: (services) =>
      new BalanceBatchService(
        services.sql,
        services.currencies,
        services.customerSearch,
        () => void services.jobs.kick(APPLY),
        (workspaceId, groupId, path) => services.groups.membersWhere(workspaceId, groupId, path),
        (workspaceId) => services.workspaceSettings.phoneCountry(workspaceId),
      ),
    balanceBatchRunner: ({ sql, events }) => new BalanceBatchRunner(sql, (written) => events.kick(written)),
  },
  resolvers: [BalanceBatchResolver],
  jobs: [{ name: APPLY, everyMs: 5000, step: ({ balanceBatchRunner }) => balanceBatchRunner.runNext() }],
});
