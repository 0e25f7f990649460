import { isIP } from 'node:net';

/** An address the HTTP server can bind: an IPv4/IPv6 literal or localhost (names would need DNS at start). */
export function isListenHost(host: string): boolean {
  return host === 'localhost' || isIP(host) !== 0;
}

const LOCAL = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0', '::']);

/** The URL to print for a server listening on `host`: loopback and the wildcards are reached as localhost. */
export function listenUrl(host: string, port: number): string {
  if (LOCAL.has(host)) return `http://localhost:${port}`;
  return isIP(host) === 6 ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}
