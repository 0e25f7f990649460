// The customers' pages' service worker (scope /self-service/): it shows the club's push notifications
// and opens their link when one is clicked. Plain JavaScript, no build step: the browser fetches it
// by this name to check for updates, so it must keep its address.

self.addEventListener('push', (event) => {
  // The server sends JSON { title, body, url? }; anything else is shown as its text.
  let message = { title: '', body: '' };
  try {
    message = event.data ? event.data.json() : message;
  } catch {
    message = { title: '', body: event.data ? event.data.text() : '' };
  }
  const url = message.url || self.registration.scope;
  event.waitUntil(
    self.registration.showNotification(message.title || '', { body: message.body || '', data: { url } }),
  );
});

// The customer's pages already open when the worker first starts are its own too, so a click can
// reuse their tab (a browser lets a worker navigate only the pages it controls).
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

/**
 * Opens a notification's link (our tracked `/c/…` address, which counts the click and redirects) in
 * the customer's pages' tab, brought forward, when one is open; in a new window only when none is.
 */
async function openLink(url) {
  // The pages this worker controls, the most recently focused first.
  const [open] = await self.clients.matchAll({ type: 'window' });
  if (!open) return self.clients.openWindow(url);
  // Focus first: the click's permission to bring a window forward lasts only a moment.
  await open.focus().catch(() => undefined);
  try {
    await open.navigate(url);
  } catch {
    // The tab could not be sent there (it left our pages meanwhile): the link opens on its own.
    await self.clients.openWindow(url);
  }
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openLink(event.notification.data?.url || self.registration.scope));
});
