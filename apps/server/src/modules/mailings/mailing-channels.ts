import type { ConsentKind } from '../consents/consent-kinds.js';

/**
 * The channels a mailing can go through, and for each the consent it needs and where the address
 * comes from. The one place the audience reads an address: the channels module's
 * `channels.addressSql(kind)` / `channels.consentFor(kind)` replace these two functions when it lands.
 */
export const MAILING_CHANNELS = ['EMAIL', 'SMS', 'TELEGRAM'] as const;
export type MailingChannel = (typeof MAILING_CHANNELS)[number];

export function isMailingChannel(value: unknown): value is MailingChannel {
  return typeof value === 'string' && (MAILING_CHANNELS as readonly string[]).includes(value);
}

/** SQL over customer `alias` giving the address, or null when there is none. Never built from input. */
export function addressSql(channel: MailingChannel, alias = 'c'): string {
  switch (channel) {
    case 'EMAIL':
      return `nullif(btrim(${alias}.email), '')`;
    case 'SMS':
      return `nullif(btrim(${alias}.mobile), '')`;
    case 'TELEGRAM':
      return `nullif(btrim(${alias}.attributes->>'telegramChatId'), '')`;
  }
}

/** The consent kind a customer must hold for a message through this channel. */
export function consentFor(channel: MailingChannel): ConsentKind {
  return channel;
}
