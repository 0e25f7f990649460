import { defineModule } from '@patron/sdk';
import { smtpChannel } from './smtp-channel.js';

/**
 * Email as a channel: a module that declares nothing but its `channels`, the way a plugin adds one.
 */
export const channelEmailModule = defineModule({
  name: 'channel-email',
  channels: [smtpChannel],
});
