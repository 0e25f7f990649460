import type { ChannelService } from '../channels/channel.service.js';
import { uuidBytes, uuidText } from '../channels/signed-token.js';

/** The routes of tracked links (short: they stand in for every link of a message). */
export const CLICK_ROUTE = 'c';
export const OPEN_ROUTE = 'o';
/** A longer link is left as it is: its token would make an address some clients cut. */
export const MAX_TRACKED_URL = 2000;

const CLICK = 'mailing-click';
const OPEN = 'mailing-open';
/** The workspace (16 bytes) and the message id (8 bytes), then the link for a click. */
const HEAD = 24;
const MAX_TOKEN = 3000;

type Signer = Pick<ChannelService, 'signedLink' | 'readSignedLink'>;

export interface TrackedMessage {
  workspaceId: string;
  messageId: string;
}

const head = (m: TrackedMessage) => {
  const id = Buffer.alloc(8);
  id.writeBigUInt64BE(BigInt(m.messageId));
  return Buffer.concat([uuidBytes(m.workspaceId), id]);
};
const readHead = (payload: Buffer): TrackedMessage => ({
  workspaceId: uuidText(payload.subarray(0, 16)),
  messageId: payload.readBigUInt64BE(16).toString(),
});

export const isTrackable = (url: string) => /^https?:\/\/[^\s]+$/i.test(url) && url.length <= MAX_TRACKED_URL;

/** A recipient's link through the click route; null without PATRON_SECRET_KEY. Nothing is stored. */
export function clickUrl(signer: Signer, m: TrackedMessage, url: string): string | null {
  return signer.signedLink(CLICK_ROUTE, CLICK, Buffer.concat([head(m), Buffer.from(url, 'utf8')]));
}

/** The message and link of a click token this server signed; null for anything else. */
export function readClick(signer: Signer, token: string): (TrackedMessage & { url: string }) | null {
  const payload = signer.readSignedLink(CLICK, token, { minBytes: HEAD + 8, maxLength: MAX_TOKEN });
  if (!payload) return null;
  const url = payload.subarray(HEAD).toString('utf8');
  // Only what we signed is ever a redirect, and we sign only http(s) links.
  return isTrackable(url) ? { ...readHead(payload), url } : null;
}

/** The address of a message's tracking image; null without PATRON_SECRET_KEY. */
export function openUrl(signer: Signer, m: TrackedMessage): string | null {
  return signer.signedLink(OPEN_ROUTE, OPEN, head(m));
}

export function readOpen(signer: Signer, token: string): TrackedMessage | null {
  const payload = signer.readSignedLink(OPEN, token, { minBytes: HEAD, maxLength: 200 });
  return payload?.length === HEAD ? readHead(payload) : null;
}
