/**
 * The push services of the browsers people use (Chrome and Android: FCM; Firefox: Mozilla's
 * autopush; Edge: Windows Push Notification Services; Safari: Apple's). A subscription names its
 * push service's URL and the server POSTs there, so an endpoint anywhere else is refused: a customer
 * must not make the server call hosts of the operator's own network.
 * A leading `*.` matches any subdomain.
 */
export const PUSH_SERVICE_HOSTS: readonly string[] = [
  'fcm.googleapis.com',
  'updates.push.services.mozilla.com',
  '*.notify.windows.com',
  'web.push.apple.com',
  '*.push.apple.com',
];

/** Whether `host` (lower case, no port) is one of `allowed`. */
export function isPushServiceHost(host: string, allowed: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return allowed.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.startsWith('*.') ? h.endsWith(p.slice(1)) && h.length > p.length - 1 : h === p;
  });
}
