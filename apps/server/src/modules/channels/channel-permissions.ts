import type { PermissionDefinition } from '@patron/sdk';

export const CHANNELS_MANAGE = 'channels.manage';

export const channelPermissions: PermissionDefinition[] = [
  {
    name: CHANNELS_MANAGE,
    description:
      'Set up channel accounts (SMTP servers, SMS gateways, bots) with their credentials, and send test messages',
    roles: [],
    // Credentials are a person's responsibility: a key could otherwise point mail at its own server.
    peopleOnly: true,
  },
];
