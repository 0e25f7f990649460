/**
 * This browser's side of push notifications: the service worker that shows them (served next to
 * these pages, so its scope is /self-service/) and the browser's push subscription.
 */
const WORKER_URL = '/self-service/push-worker.js';

/** Whether this browser can receive push messages at all (service workers, PushManager, Notification). */
export function devicePushSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window
  );
}

export const notificationsBlocked = () => Notification.permission === 'denied';

async function registration(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register(WORKER_URL, { scope: '/self-service/' });
  return navigator.serviceWorker.ready;
}

/** The subscription this browser holds for these pages, if any (nothing is asked of the customer). */
export async function currentSubscription(): Promise<PushSubscription | null> {
  const existing = await navigator.serviceWorker.getRegistration('/self-service/');
  return existing ? existing.pushManager.getSubscription() : null;
}

/**
 * Asks the customer's permission and subscribes with the workspace's VAPID key; a subscription made
 * with another key (the club changed its keys) is replaced, as the push service would refuse it.
 */
export async function subscribeDevice(vapidKey: string): Promise<PushSubscription | null> {
  if ((await Notification.requestPermission()) !== 'granted') return null;
  const worker = await registration();
  const key = bytesOf(vapidKey);
  const existing = await worker.pushManager.getSubscription();
  if (existing && !sameKey(existing.options.applicationServerKey, key)) await existing.unsubscribe();
  return worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
}

/** The subscription's parts as the API takes them. */
export function subscriptionInput(subscription: PushSubscription) {
  const json = subscription.toJSON();
  return { endpoint: subscription.endpoint, p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' };
}

function bytesOf(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function sameKey(held: ArrayBuffer | null, wanted: Uint8Array): boolean {
  if (!held) return false;
  const bytes = new Uint8Array(held);
  return bytes.length === wanted.length && bytes.every((b, i) => b === wanted[i]);
}
