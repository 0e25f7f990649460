import { BlockList, isIP } from 'node:net';
import { type FieldProblem, fieldProblem } from '../../graphql/errors.js';

export const WEBHOOK_URL_MAX = 2000;

/** Addresses a webhook must never reach: the server's own network, loopback, link-local, multicast. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address (v4 or v6, a v4-mapped v6 as its v4) is in a private range. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The problem with a webhook's address, if any: only https:// to a public host, unless
 * PATRON_WEBHOOK_ALLOW_PRIVATE lets a local receiver through. Host names are not resolved here (an
 * address may change); the sender checks what the name resolves to at each attempt.
 */
export function urlProblem(text: string, allowPrivate: boolean): FieldProblem | null {
  const path = ['input', 'url'];
  if (text.length > WEBHOOK_URL_MAX) return fieldProblem(path, 'TOO_LONG', { max: WEBHOOK_URL_MAX });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fieldProblem(path, 'WEBHOOK_URL_INVALID');
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    return url.protocol === 'http:'
      ? fieldProblem(path, 'WEBHOOK_URL_NOT_HTTPS')
      : fieldProblem(path, 'WEBHOOK_URL_INVALID');
  if (url.username || url.password || !url.hostname) return fieldProblem(path, 'WEBHOOK_URL_INVALID');
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host))
    return fieldProblem(path, 'WEBHOOK_URL_PRIVATE', { host });
  return null;
}
