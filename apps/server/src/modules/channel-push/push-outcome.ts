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
