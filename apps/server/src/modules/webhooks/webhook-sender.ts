import { createHmac } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
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
 * Unless private hosts are allowed, the connection's own name lookup refuses a private address: the
 * address checked is the one connected to, so a name cannot be re-pointed inside between the check
 * and the connection (DNS rebinding), and an address saved as public may not have become private.
 */
export async function send(
  out: Outgoing,
  allowPrivate: boolean,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<Attempt> {
  const url = new URL(out.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address written in the URL is connected to without a lookup.
  if (!allowPrivate && isIP(host) && isPrivateAddress(host))
    return { status: null, error: `${host} is a private address`, delivered: false };
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(out.body)),
    'user-agent': 'Patron-Webhooks/1',
    'patron-event': out.type,
    'patron-delivery': out.deliveryId,
    'patron-signature': signature(out.secret, out.body, Math.floor(Date.now() / 1000)),
  };
  return new Promise<Attempt>((resolve) => {
    const failed = (reason: string) =>
      resolve({ status: null, error: reason.slice(0, ERROR_BODY_MAX), delivered: false });
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      { method: 'POST', headers, lookup: allowPrivate ? undefined : publicOnly },
      (response) => {
        const status = response.statusCode ?? 0;
        const delivered = status >= 200 && status < 300;
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (!delivered && text.length < ERROR_BODY_MAX) text += chunk;
        });
        response.on('end', () => {
          clearTimeout(timer);
          resolve({ status, error: delivered ? null : text.slice(0, ERROR_BODY_MAX) || null, delivered });
        });
        response.on('error', (error) => failed(error.message));
      },
    );
    // The whole exchange is timed, not only the wait for the head: a receiver that answers its status
    // and then stalls the body holds the connection as long as one that never answers.
    const timer = setTimeout(() => request.destroy(new Error('timed out')), timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      failed(error.message === 'timed out' ? 'timed out' : (error.code ?? error.message));
    });
    request.end(out.body);
  });
}

/** A name lookup for the connection that fails when any address of the name is private. */
const publicOnly: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, found) => {
    const addresses = found as unknown as LookupAddress[];
    if (error) return callback(error, '', 4);
    const inside = addresses.find((a) => isPrivateAddress(a.address));
    if (inside || addresses.length === 0) {
      return callback(new Error(`${hostname} resolves to a private address`), '', 4);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const [first] = addresses as [LookupAddress];
    callback(null, first.address, first.family);
  });
};
