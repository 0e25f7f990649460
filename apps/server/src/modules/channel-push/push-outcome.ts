import type { ProblemCode } from '@patron/problems';
import type { SendOutcome } from '@patron/sdk';
import webpush from 'web-push';
import { failure, type Redactor } from '../../common/provider-http.js';

/**
 * What a push service's answer means (RFC 8030 §5-§8, RFC 8292 §3): 201 Created is delivered to the
 * service; 404/410 say the subscription is gone for good; 401/403 say our VAPID keys are refused (the
 * subscription was made with another key); 413 a payload too large; 429 and 5xx are worth a retry.
 */
export function outcomeOfAnswer(status: number, body: string, redactor: Redactor): SendOutcome {
  const detail = `HTTP ${status}${body.trim() ? `: ${redactor.snippet(body.trim())}` : ''}`;
  if (status === 404 || status === 410) return failure('CHANNEL_ADDRESS_REJECTED', false, detail);
  if (status === 401 || status === 403) return failure('CHANNEL_PROVIDER_AUTH_FAILED', false, detail);
  if (status === 413) return failure('CHANNEL_MESSAGE_REJECTED', false, detail);
  if (status === 429) return failure('CHANNEL_PROVIDER_RATE_LIMITED', true, detail);
  if (status >= 500) return failure('CHANNEL_PROVIDER_UNAVAILABLE', true, detail);
  return failure('CHANNEL_PROVIDER_REFUSED', false, detail);
}

/** A rejection of `sendNotification`: the service's answer, or the connection's failure (retried). */
export function outcomeOfError(error: unknown, timeoutSeconds: number, redactor: Redactor): SendOutcome {
  if (error instanceof webpush.WebPushError)
    return outcomeOfAnswer(error.statusCode, error.body ?? '', redactor);
  const { message, code } = error as { message?: string; code?: string };
  // web-push destroys the request with this message when its `timeout` passes.
  if (message === 'Socket timeout' || code === 'ETIMEDOUT')
    return failure('CHANNEL_PROVIDER_TIMEOUT', true, `No answer within ${timeoutSeconds} s`);
  const what = [code, message].filter(Boolean).join(': ');
  return failure('CHANNEL_PROVIDER_UNREACHABLE', true, redactor.snippet(what || 'connection failed'));
}

/**
 * What one of the customer's browsers made of the message: its address (one subscription), its push
 * service (the endpoint's origin) and the answer.
 */
export interface BrowserOutcome {
  address: string;
  service: string;
  outcome: SendOutcome;
}

const GONE = 'CHANNEL_ADDRESS_REJECTED';
const KEYS_REFUSED = 'CHANNEL_PROVIDER_AUTH_FAILED';
/** Refusals that say what is wrong on our side, the most telling first: the operator must act. */
const REFUSALS = ['CHANNEL_SETTINGS_INVALID', 'CHANNEL_MESSAGE_REJECTED', 'CHANNEL_PROVIDER_REFUSED'];
/** How much of the browsers' details a combined failure keeps. */
const DETAIL_MAX = 500;

/**
 * The message's outcome from its browsers' (newest first). Delivered when at least one browser's
 * service took it, with the first such one's id: a retry would send a second copy to those that got
 * it, so a browser that failed beside a delivered one misses this message.
 *
 * A browser whose service refused our keys while the same service took the message for another
 * browser was subscribed under keys we no longer hold (the keys were changed): it is gone too.
 *
 * When none took it, the most telling failure: a refusal of our settings or message, then a transient
 * failure (kept retryable, so the message is retried; no browser has it yet, so a retry duplicates
 * nothing), then refused keys (one old subscription must not fail a message another browser may
 * still get on a retry), then a gone subscription. Ties go to the newest browser. Every gone browser
 * is named in `rejectedAddresses`, delivered or not, for the channels service to have it forgotten.
 */
export function combinedOutcome(browsers: readonly BrowserOutcome[]): SendOutcome {
  const tookIt = new Set(browsers.filter((b) => b.outcome.ok).map((b) => b.service));
  const staleKeys = (b: BrowserOutcome) =>
    !b.outcome.ok && b.outcome.reason === KEYS_REFUSED && tookIt.has(b.service);
  const rejectedAddresses = browsers.filter((b) => isGone(b.outcome) || staleKeys(b)).map((b) => b.address);
  const delivered = browsers.find((b) => b.outcome.ok)?.outcome;
  if (delivered?.ok)
    return { ok: true, providerMessageId: delivered.providerMessageId ?? null, rejectedAddresses };
  let telling: SendOutcome | undefined;
  for (const { outcome } of browsers) if (!telling || weight(outcome) > weight(telling)) telling = outcome;
  if (!telling || telling.ok) return { ...failure(GONE, false, 'No push subscription'), rejectedAddresses };
  const detail = browsers.length > 1 ? severalDetail(browsers) : telling.detail;
  return { ...failure(telling.reason as ProblemCode, telling.retryable, detail), rejectedAddresses };
}

function isGone(outcome: SendOutcome): boolean {
  return !outcome.ok && outcome.reason === GONE;
}

/** Gone 0, refused keys 1, transient 2, an unknown refusal 3, the listed refusals above it in their order. */
function weight(outcome: SendOutcome): number {
  if (outcome.ok || outcome.reason === GONE) return 0;
  if (outcome.reason === KEYS_REFUSED) return 1;
  if (outcome.retryable) return 2;
  const at = REFUSALS.indexOf(outcome.reason);
  return at < 0 ? 3 : 4 + REFUSALS.length - at;
}

/** "None of 2 browsers took it: HTTP 403; HTTP 410: expired" (each answer once). */
function severalDetail(browsers: readonly BrowserOutcome[]): string {
  const details = browsers.map(({ outcome }) => (outcome.ok ? '' : (outcome.detail ?? outcome.reason)));
  const text = `None of ${browsers.length} browsers took it: ${[...new Set(details)].join('; ')}`;
  return [...text].slice(0, DETAIL_MAX).join('');
}
