import { defineModule } from '@patron/sdk';
import { CustomerTierService } from './customer-tiers.service.js';
import { TierSchema } from './tier.entity.js';
import { CustomerTierProgressResolver, CustomerTierResolver, TierResolver } from './tier.resolver.js';
import { TierService } from './tier.service.js';
import { TierEvaluationService } from './tier-evaluation.service.js';
import { tierEventHandlers } from './tier-events.js';
import { tierFields } from './tier-fields.js';
import { TIER_CHANGED } from './tier-history.js';
import { TierPolicyService } from './tier-policy.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The tiers of a workspace, their thresholds and rules. */
    tiers: TierService;
    tierPolicy: TierPolicyService;
    /** Decides customers' tiers (one, a review of the due, or the whole workspace). */
    tierEvaluation: TierEvaluationService;
    /** Where customers stand: tier rows, counts, progress, their tier's earning rules. */
    customerTiers: CustomerTierService;
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
    tiers: (services) =>
      new TierService(
        services.orm,
        services.currencies,
        () => services.tierEvaluation,
        () => services.events.kick(),
      ),
    tierPolicy: ({ orm }) => new TierPolicyService(orm),
    tierEvaluation: (services) =>
      new TierEvaluationService(
        services.orm,
        () => services.tiers,
        services.tierPolicy,
        services.currencies,
        () => services.events.kick(),
      ),
    customerTiers: ({ orm, tiers, tierPolicy, currencies }) =>
      new CustomerTierService(orm, tiers, tierPolicy, currencies),
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
      step: async ({ tierEvaluation }) =>
        (await tierEvaluation.reviewDue(new Date(), REVIEW_LIMIT)) === REVIEW_LIMIT,
    },
  ],
});
