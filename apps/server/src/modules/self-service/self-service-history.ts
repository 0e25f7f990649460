import type { Actor, HistoryEventTypeDefinition } from '@patron/sdk';

/** What the customer's history shows of self-service: invitations, the password set, sign-ins, requests. */
export const SELF_SERVICE_HISTORY = {
  invited: { type: 'SELF_SERVICE_INVITED', event: 'customer.selfServiceChanged' },
  passwordSet: { type: 'SELF_SERVICE_PASSWORD_SET', event: 'customer.selfServiceChanged' },
  signedIn: { type: 'SELF_SERVICE_SIGNED_IN', event: 'customer.selfServiceChanged' },
  requestSent: { type: 'CUSTOMER_REQUEST_SENT', event: 'customer.requestChanged' },
  requestAnswered: { type: 'CUSTOMER_REQUEST_ANSWERED', event: 'customer.requestChanged' },
  requestClosed: { type: 'CUSTOMER_REQUEST_CLOSED', event: 'customer.requestChanged' },
} as const satisfies Record<string, HistoryEventTypeDefinition>;

/** Who acts when the customer does something in self-service (the SPA words it as "the customer"). */
export const CUSTOMER_ACTOR: Actor = { kind: 'system', id: null, name: 'SelfService' };
