import { defineModule } from '@patron/sdk';
import { DuplicateCandidates } from './candidates.service.js';
import { MERGE_ACTOR, MERGE_HISTORY } from './duplicate-history.js';
import { duplicatePermissions } from './duplicate-permissions.js';
import { CustomerProfilesResolver, DuplicatesResolver } from './duplicates.resolver.js';
import { Migration20261205000025_child_profiles_merge } from './Migration20261205000025_child_profiles_merge.js';
import { Migration20261205000026_duplicate_candidates } from './Migration20261205000026_duplicate_candidates.js';
import { MergeService } from './merge.service.js';
import { MergeReads } from './merge-reads.js';

declare module '@patron/sdk' {
  interface PatronServices {
    duplicateCandidates: DuplicateCandidates;
    merges: MergeService;
    mergeReads: MergeReads;
  }
}

/** Child profiles on the card, duplicate candidates, merge and unmerge (customers.merge). */
export const duplicatesModule = defineModule({
  name: 'duplicates',
  needs: ['orm', 'sql', 'ledger', 'events', 'tierEvaluation'],
  services: {
    duplicateCandidates: ({ orm }) => new DuplicateCandidates(orm),
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
  migrations: [
    {
      name: 'Migration20261205000025_child_profiles_merge',
      class: Migration20261205000025_child_profiles_merge,
    },
    {
      name: 'Migration20261205000026_duplicate_candidates',
      class: Migration20261205000026_duplicate_candidates,
    },
  ],
});
