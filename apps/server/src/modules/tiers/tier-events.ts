import type { EventHandler } from '@patron/sdk';
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
    async handle(event, { tierEvaluation }) {
      try {
        await tierEvaluation.evaluate(event.workspaceId, event.customerId, TIER_ACTOR);
      } catch (error) {
        // A customer deleted meanwhile has nothing to evaluate.
        if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return;
        throw error;
      }
    },
  },
];
