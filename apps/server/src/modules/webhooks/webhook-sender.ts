import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPrivateAddress } from './webhook-url.js';

/** Seconds before each retry of a failed delivery: 1 min, 5 min, 30 min, 2 h, 12 h; then FAILED. */
export const WEBHOOK_RETRY_DELAYS: readonly number[] = [60, 300, 1800, 7200, 43_200];

/** A receiver that has not answered in this long has failed the attempt. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** How much of a failed answer's body is kept on the delivery, to show why. */
const ERROR_BODY_MAX = 300;

/**
 * The Stripe scheme: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` keyed with the
 * webhook's secret; the time lets receivers refuse old replays.
 */
export function signature(secret: string, body: string, seconds: number): string {
  const mac = createHmac('sha256', secret).update(`${seconds}.${body}`).digest('hex');
  return `t=${seconds},v1=${mac}`;
}

export interface Attempt {
  /** The receiver's HTTP status; null when none came (refused, timed out, private address). */
  status: number | null;
  error: string | null;
  delivered: boolean;
}

export interface Outgoing {
  url: string;
  deliveryId: string;
  type: string;
  body: string;
  secret: string;
}

/**
 * One POST. 2xx is delivered; anything else (a redirect too: it is not followed) is a failed attempt.
 * Unless private hosts are allowed, a host name resolving to a private address is refused here, at
 * each attempt, as the address checked when the webhook was saved may have changed since.
 */
export async function send(out: Outgoing, allowPrivate: boolean): Promise<Attempt> {
  try {
    if (!allowPrivate) {
      const host = new URL(out.url).hostname.replace(/^\[|\]$/g, '');
      const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
      const inside = addresses.find((a) => isPrivateAddress(a.address));
      if (inside) return { status: null, error: `${host} resolves to a private address`, delivered: false };
    }
    const response = await fetch(out.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Patron-Webhooks/1',
        'patron-event': out.type,
        'patron-delivery': out.deliveryId,
        'patron-signature': signature(out.secret, out.body, Math.floor(Date.now() / 1000)),
      },
      body: out.body,
    });
    const delivered = response.status >= 200 && response.status < 300;
    const text = delivered ? '' : (await response.text().catch(() => '')).slice(0, ERROR_BODY_MAX);
    if (delivered) await response.body?.cancel().catch(() => {});
    return { status: response.status, error: delivered ? null : text || null, delivered };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    const reason = e.name === 'TimeoutError' ? 'timed out' : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { status: null, error: String(reason).slice(0, ERROR_BODY_MAX), delivered: false };
  }
}
