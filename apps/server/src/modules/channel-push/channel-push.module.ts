import { defineModule } from '@patron/sdk';
import { Migration20261207170000_push_subscriptions } from './Migration20261207170000_push_subscriptions.js';
import { PushResolver } from './push.resolver.js';
import { PushSubscriptions } from './push-subscriptions.js';
import { endpointOf, PUSH_KIND, webPushChannel } from './web-push.provider.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The browsers customers turned notifications on in. */
    pushSubscriptions: PushSubscriptions;
  }
}

/** Web Push notifications to the browsers customers subscribed in on their self-service pages. */
export const channelPushModule = defineModule({
  name: 'channel-push',
  needs: ['sql', 'channels', 'consents', 'erasure', 'pushServiceHosts'],
  channels: [webPushChannel],
  services: {
    pushSubscriptions: ({ sql, channels, consents, pushServiceHosts }) =>
      new PushSubscriptions(sql, channels, consents, pushServiceHosts),
  },
  resolvers: [PushResolver],
  migrations: [
    {
      name: 'Migration20261207170000_push_subscriptions',
      class: Migration20261207170000_push_subscriptions,
    },
  ],
  onStart: async ({ channels, erasure, pushSubscriptions }) => {
    // A subscription its push service says is gone (404/410) is deleted, so no message tries it again:
    // the provider names each dead browser of a message, whatever the others answered.
    channels.onAddressRejected(async ({ workspaceId, kind, address }) => {
      const endpoint = kind === PUSH_KIND ? endpointOf(address) : null;
      if (endpoint) await pushSubscriptions.forget(workspaceId, endpoint);
    });
    // The browsers are the person's: an erased customer keeps none.
    erasure.onErase('channel-push', (run, workspaceId, customerIds) =>
      pushSubscriptions.eraseWithin(run, workspaceId, customerIds),
    );
  },
});
