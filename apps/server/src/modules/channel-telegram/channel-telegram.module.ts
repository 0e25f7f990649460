import { defineModule } from '@patron/sdk';
import { TELEGRAM_CHAT_ATTRIBUTE, telegramBot } from './telegram-bot.provider.js';

/** Telegram messages from a workspace's bot to the chat id kept on the customer's card. */
export const channelTelegramModule = defineModule({
  name: 'channel-telegram',
  channels: [telegramBot],
  attributes: [
    {
      key: TELEGRAM_CHAT_ATTRIBUTE,
      type: 'TEXT',
      group: 'main',
      label: { en: 'Telegram chat ID', ru: 'ID чата Telegram', fa: 'شناسه گفتگوی تلگرام' },
    },
  ],
});
