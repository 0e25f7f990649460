/** Who did something: a staff member, a partner app's API key, a plugin or the system itself (jobs, demo data). */
export interface Actor {
  kind: 'staff' | 'apiKey' | 'plugin' | 'system';
  id: string | null;
  name: string;
}

export interface FieldChange {
  key: string;
  oldValue: unknown;
  newValue: unknown;
}

export type CustomerEventType =
  | 'customer.created'
  | 'customer.updated'
  | 'customer.activated'
  | 'customer.deactivated'
  | 'customer.deleted'
  | 'customer.tagged'
  | 'customer.balanceChanged'
  | 'customer.purchaseRecorded'
  | 'customer.purchaseReturned'
  | 'customer.tierChanged'
  | 'customer.groupsChanged'
  | 'customer.rfmChanged'
  | 'customer.referred'
  | 'customer.giftCardRedeemed'
  | 'customer.profileAttached'
  | 'customer.cardReissued'
  | 'customer.merged'
  | 'customer.mergedInto'
  | 'customer.unmerged'
  | 'customer.categoryChanged'
  | 'customer.relationsChanged'
  | 'customer.noteAdded'
  | 'customer.noteEdited'
  | 'customer.noteDeleted'
  | 'customer.consentChanged'
  | 'customer.verificationChanged'
  | 'customer.messageStateChanged'
  | 'customer.selfServiceChanged'
  | 'customer.requestChanged'
  | 'customer.erased';

/** Delivered to event handlers after the change has committed (outbox), at least once. */
export interface CustomerEvent {
  id: string;
  type: CustomerEventType;
  workspaceId: string;
  customerId: string;
  occurredAt: Date;
  actor: Actor;
  changes: FieldChange[];
}

export type PatronEvent = CustomerEvent;
