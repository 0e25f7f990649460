import { problem } from '../problem.js';

/** Outgoing webhooks: subscriptions of partner apps to customer events, and their deliveries. */
export const webhookProblems = {
  WEBHOOK_NOT_FOUND: problem('NOT_FOUND', 'Webhook not found'),
  WEBHOOK_DELIVERY_NOT_FOUND: problem('NOT_FOUND', 'Webhook delivery not found'),
  WEBHOOK_URL_INVALID: problem(
    'BAD_USER_INPUT',
    'Expected a full web address, e.g. https://shop.example.com/patron',
  ),
  WEBHOOK_URL_NOT_HTTPS: problem('BAD_USER_INPUT', 'Webhooks are sent to https:// addresses only'),
  WEBHOOK_URL_PRIVATE: problem('BAD_USER_INPUT', 'Webhooks are sent to public hosts only, not to {host}'),
  WEBHOOK_EVENTS_REQUIRED: problem('BAD_USER_INPUT', 'Choose at least one event'),
  WEBHOOK_EVENT_UNKNOWN: problem('BAD_USER_INPUT', 'There is no event {event}'),
  WEBHOOK_SECRET_KEY_MISSING: problem(
    'CONFLICT',
    'The server has no PATRON_SECRET_KEY, so it cannot keep webhook signing secrets',
  ),
  WEBHOOK_DISABLED: problem('CONFLICT', 'The webhook is disabled: enable it first'),
} as const;
