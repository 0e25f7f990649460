import type { EventHandler } from '@patron/sdk';
import { groupBy } from '../../common/group-by.js';
import { TIER_ACTOR } from './tier-evaluation.service.js';

/**
 * Re-evaluates a customer's tier after what can move it: a purchase or a return, an XP balance
 * change, a new opening purchase total, and on creation (the entry tier). Other balances do not count towards tiers.
 */
export const tierEventHandlers: EventHandler[] = [
  {
    name: 'tiers.evaluate',
    events: [
      'customer.created',
      'customer.updated',
      'customer.purchaseRecorded',
      'customer.purchaseReturned',
      'customer.balanceChanged',
    ],
    // A busy till changes coins and credit thousands of times a minute: those never reach the handler.
    changedKeys: {
      'customer.balanceChanged': ['balance.xp'],
      'customer.updated': ['openingPurchaseTotal'],
    },
    // The evaluation reads the customer's standing from the database, not what the event changed.
    readsChanges: [],
    // A round's customers of each workspace in one evaluation; one deleted meanwhile is passed over.
    async handleMany(events, { tierEvaluation }) {
      for (const [workspaceId, ofWorkspace] of groupBy(events, (e) => e.workspaceId))
        await tierEvaluation.evaluateMany(
          workspaceId,
          ofWorkspace.map((e) => e.customerId),
          TIER_ACTOR,
        );
    },
  },
];
