import { describe, expect, it } from 'vitest';
import { isPushServiceHost, PUSH_SERVICE_HOSTS } from './push-service-hosts.js';

describe('push service hosts', () => {
  it("takes the browsers' push services and their subdomains where a pattern says so", () => {
    for (const host of [
      'fcm.googleapis.com',
      'updates.push.services.mozilla.com',
      'wns2-par02p.notify.windows.com',
      'web.push.apple.com',
      'api.push.apple.com',
      'FCM.googleapis.com.',
    ])
      expect(isPushServiceHost(host, PUSH_SERVICE_HOSTS), host).toBe(true);
  });

  it('refuses anything else, look-alikes included', () => {
    for (const host of [
      'localhost',
      '127.0.0.1',
      '169.254.169.254',
      'googleapis.com',
      'evil-fcm.googleapis.com.attacker.net',
      'notify.windows.com',
      'xnotify.windows.com',
      'fcm.googleapis.com.evil',
    ])
      expect(isPushServiceHost(host, PUSH_SERVICE_HOSTS), host).toBe(false);
  });
});
