import { defineModule } from '@patron/sdk';
import { TierSchema } from './tier.entity.js';
import { CustomerTierProgressResolver, CustomerTierResolver, TierResolver } from './tier.resolver.js';
import { tierEventHandlers } from './tier-events.js';

/**
 * Tiers (G5). Permissions are the ledger's loyalty.read / loyalty.configure / loyalty.adjust. The
 * `tier` customer field is a per-workspace field source wired in app.ts (its choices are the tiers).
 */
export const tiersModule = defineModule({
  name: 'tiers',
  entities: [TierSchema],
  resolvers: [TierResolver, CustomerTierResolver, CustomerTierProgressResolver],
  eventHandlers: tierEventHandlers,
});
