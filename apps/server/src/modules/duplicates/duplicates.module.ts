import { defineModule } from '@patron/sdk';
import { DuplicateCandidates } from './candidates.service.js';
import { MERGE_ACTOR, MERGE_HISTORY } from './duplicate-history.js';
import { duplicatePermissions } from './duplicate-permissions.js';
import { CustomerProfilesResolver, DuplicatesResolver } from './duplicates.resolver.js';
import { Migration20261205000025_child_profiles_merge } from './Migration20261205000025_child_profiles_merge.js';
import { Migration20261205000026_duplicate_candidates } from './Migration20261205000026_duplicate_candidates.js';
import { Migration20261205000047_duplicate_candidate_table } from './Migration20261205000047_duplicate_candidate_table.js';
import { Migration20261205000060_customer_deleted_index } from './Migration20261205000060_customer_deleted_index.js';
import { MergeService } from './merge.service.js';
import { MergeReads } from './merge-reads.js';

declare module '@patron/sdk' {
  interface PatronServices {
    duplicateCandidates: DuplicateCandidates;
    merges: MergeService;
    mergeReads: MergeReads;
  }
}

/** Customers changed less than this long ago are still being changed (an import): wait. */
const SETTLE_SECONDS = 60;

/** Child profiles on the card, duplicate candidates, merge and unmerge (customers.merge). */
export const duplicatesModule = defineModule({
  name: 'duplicates',
  needs: ['orm', 'sql', 'log', 'ledger', 'events', 'tierEvaluation'],
  services: {
    duplicateCandidates: ({ orm, sql }) => new DuplicateCandidates(orm, sql),
    mergeReads: ({ orm }) => new MergeReads(orm),
    merges: ({ sql, ledger, events, tierEvaluation }) =>
      new MergeService(sql, ledger, async (workspaceId, customerIds) => {
        events.kick();
        // Purchase totals moved: tiers follow. A merged-away profile is not live: nothing to evaluate.
        for (const id of customerIds) {
          await tierEvaluation.evaluate(workspaceId, id, MERGE_ACTOR).catch((error: unknown) => {
            if ((error as { extensions?: { code?: string } }).extensions?.code !== 'NOT_FOUND') throw error;
          });
        }
      }),
  },
  resolvers: [DuplicatesResolver, CustomerProfilesResolver],
  permissions: duplicatePermissions,
  historyEventTypes: Object.values(MERGE_HISTORY),
  jobs: [
    {
      // Every minute: workspaces whose customers changed (an import, a form, the API) and have been
      // quiet for a minute get their candidates computed again, so a running import is not chased
      // chunk by chunk and its pairs are there about a minute after it ends.
      name: 'duplicates.refresh',
      everyMs: 60_000,
      async step({ duplicateCandidates, log }) {
        await duplicateCandidates.refreshDue(SETTLE_SECONDS, log);
        return false;
      },
    },
  ],
  migrations: [
    {
      name: 'Migration20261205000025_child_profiles_merge',
      class: Migration20261205000025_child_profiles_merge,
    },
    {
      name: 'Migration20261205000026_duplicate_candidates',
      class: Migration20261205000026_duplicate_candidates,
    },
    {
      name: 'Migration20261205000047_duplicate_candidate_table',
      class: Migration20261205000047_duplicate_candidate_table,
    },
    {
      name: 'Migration20261205000060_customer_deleted_index',
      class: Migration20261205000060_customer_deleted_index,
    },
  ],
});
