import type { ChannelService } from '../channels/channel.service.js';
import { CLICK_ROUTE } from './tracking-token.js';

/** Its own signing purpose: a short click token is no long one, nor anything else we sign. */
const SHORT_CLICK = 'mailing-short-click';
/** A mailing's links are numbered 1…16,383: at most two bytes of the token. */
export const MAX_LINK_NUMBER = 16_383;
const MAX_MESSAGE_ID = 2n ** 63n - 1n;
/** Nine bytes of message id, two of link, eight of signature, in base64url. */
const MAX_TOKEN = 26;

type Signer = Pick<ChannelService, 'compactLink' | 'readCompactLink'>;

/** A link of a text message: the message and the number of the link among its mailing's links. */
export interface ShortClick {
  messageId: string;
  link: number;
}

/**
 * `<public URL>/c/<token>` for a link of an SMS, Telegram or push message: the token signs only the
 * message id and the link's number (each a varint, so a message id below 2^35 and a link below 128
 * take 6 bytes, 19 characters with the signature); the link itself is in `mailing_link`. Null
 * without PATRON_SECRET_KEY.
 */
export function shortClickUrl(signer: Signer, click: ShortClick): string | null {
  if (!/^\d{1,19}$/.test(click.messageId)) return null;
  const id = BigInt(click.messageId);
  if (id < 1n || id > MAX_MESSAGE_ID || !Number.isInteger(click.link)) return null;
  if (click.link < 1 || click.link > MAX_LINK_NUMBER) return null;
  return signer.compactLink(
    CLICK_ROUTE,
    SHORT_CLICK,
    Buffer.concat([varint(id), varint(BigInt(click.link))]),
  );
}

/** The message and link number of a short click token this server signed; null for anything else. */
export function readShortClick(signer: Signer, token: string): ShortClick | null {
  const payload = signer.readCompactLink(SHORT_CLICK, token, { minBytes: 2, maxLength: MAX_TOKEN });
  if (!payload) return null;
  const id = readVarint(payload, 0);
  const link = id && readVarint(payload, id.next);
  if (!id || !link || link.next !== payload.length) return null;
  if (id.value < 1n || id.value > MAX_MESSAGE_ID || link.value < 1n || link.value > MAX_LINK_NUMBER)
    return null;
  return { messageId: id.value.toString(), link: Number(link.value) };
}

/** Unsigned LEB128: seven bits a byte, the high bit set on all but the last. */
function varint(n: bigint): Buffer {
  const bytes: number[] = [];
  let rest = n;
  do {
    const low = Number(rest & 0x7fn);
    rest >>= 7n;
    bytes.push(rest > 0n ? low | 0x80 : low);
  } while (rest > 0n);
  return Buffer.from(bytes);
}

function readVarint(bytes: Buffer, start: number): { value: bigint; next: number } | null {
  let value = 0n;
  for (let i = start, shift = 0n; i < bytes.length && i - start < 10; i++, shift += 7n) {
    const byte = bytes[i] as number;
    value |= BigInt(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return { value, next: i + 1 };
  }
  return null;
}
