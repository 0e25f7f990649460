import { defineModule } from '@patron/sdk';
import { TierSchema } from './tier.entity.js';
import { CustomerTierProgressResolver, CustomerTierResolver, TierResolver } from './tier.resolver.js';
import { TierService } from './tier.service.js';
import { tierEventHandlers } from './tier-events.js';
import { tierFields } from './tier-fields.js';
import { TIER_CHANGED } from './tier-history.js';

declare module '@patron/sdk' {
  interface PatronServices {
    tiers: TierService;
  }
}

/** Customers per review run: a run goes on while it finds this many due. */
const REVIEW_LIMIT = 500;

/**
 * Tiers: thresholds, their own earning rules, the downgrade policy and manual floors. Permissions
 * are the ledger's loyalty.read / loyalty.configure / loyalty.adjust.
 */
export const tiersModule = defineModule({
  name: 'tiers',
  needs: ['orm', 'currencies', 'events'],
  services: {
    tiers: ({ orm, currencies, events }) => new TierService(orm, currencies, () => events.kick()),
  },
  entities: [TierSchema],
  resolvers: [TierResolver, CustomerTierResolver, CustomerTierProgressResolver],
  eventHandlers: tierEventHandlers,
  historyEventTypes: [TIER_CHANGED],
  customerFieldSources: [async (workspaceId, { tiers }) => tierFields(await tiers.list(workspaceId))],
  jobs: [
    {
      // PERIOD_END: customers whose review date has passed are evaluated again.
      name: 'tiers.review',
      everyMs: 5 * 60_000,
      step: async ({ tiers }) => (await tiers.reviewDue(new Date(), REVIEW_LIMIT)) === REVIEW_LIMIT,
    },
  ],
});
