import { defineModule } from '@patron/sdk';
import { ChannelResolver } from './channel.resolver.js';
import { ChannelService } from './channel.service.js';
import { channelPermissions } from './channel-permissions.js';
import { Migration20261205000038_channels } from './Migration20261205000038_channels.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /**
     * Channel accounts and sending: `send(workspaceId, kind, message)`, `accountFor`, `addressSql`,
     * `consentFor`, signed `unsubscribeUrl`s and `onDeliveryReport` listeners (see the README).
     */
    channels: ChannelService;
  }
}

/** Audit event types this module writes: channel accounts set up, changed, deleted, and test messages. */
export const CHANNEL_AUDIT_TYPES = [
  'CHANNEL_ACCOUNT_CREATED',
  'CHANNEL_ACCOUNT_CHANGED',
  'CHANNEL_ACCOUNT_DELETED',
  'CHANNEL_TEST_SENT',
] as const;

/** The channels every module's `channels` bring, a workspace's accounts with them, and sending. */
export const channelsModule = defineModule({
  name: 'channels',
  auditEventTypes: CHANNEL_AUDIT_TYPES,
  needs: ['modules', 'sql', 'audit', 'serverSecrets', 'consents'],
  services: {
    channels: ({ modules, sql, audit, serverSecrets, consents }) =>
      new ChannelService(modules, sql, audit, serverSecrets, consents),
  },
  resolvers: [ChannelResolver],
  permissions: channelPermissions,
  migrations: [{ name: 'Migration20261205000038_channels', class: Migration20261205000038_channels }],
  onStop: ({ channels }) => channels.close(),
});
