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

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = event.notification.data?.url || self.registration.scope;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      // A tab already showing the address is brought forward rather than opened twice.
      const open = windows.find((w) => w.url === url && 'focus' in w);
      return open ? open.focus() : self.clients.openWindow(url);
    }),
  );
});
