import type { CustomerEventType } from '@patron/sdk';

/**
 * Every customer event a webhook may subscribe to. A record over the SDK's union, so a new event type
 * does not compile until it is listed here (and so offered to partner apps).
 */
const EVERY_TYPE: Record<CustomerEventType, true> = {
  'customer.created': true,
  'customer.updated': true,
  'customer.activated': true,
  'customer.deactivated': true,
  'customer.deleted': true,
  'customer.tagged': true,
  'customer.balanceChanged': true,
  'customer.purchaseRecorded': true,
  'customer.purchaseReturned': true,
  'customer.tierChanged': true,
  'customer.groupsChanged': true,
  'customer.rfmChanged': true,
  'customer.referred': true,
  'customer.giftCardRedeemed': true,
  'customer.profileAttached': true,
  'customer.cardReissued': true,
  'customer.merged': true,
  'customer.mergedInto': true,
  'customer.unmerged': true,
  'customer.categoryChanged': true,
  'customer.relationsChanged': true,
  'customer.noteAdded': true,
  'customer.noteEdited': true,
  'customer.noteDeleted': true,
  'customer.consentChanged': true,
  'customer.verificationChanged': true,
  'customer.messageStateChanged': true,
  'customer.selfServiceChanged': true,
  'customer.requestChanged': true,
  'customer.erased': true,
};

export const WEBHOOK_EVENT_TYPES = Object.keys(EVERY_TYPE) as CustomerEventType[];

/** A subscription's `events` entry that takes every type, present and future. */
export const ALL_EVENTS = '*';

/** The event a test send carries; never a customer event, so never subscribed to. */
export const PING_EVENT = 'ping';
