import type { LocalizedText } from './module.js';

/**
 * A way of reaching customers (email over SMTP, an SMS provider, a Telegram bot…). Each channel comes
 * from a module's `channels`, core or plugin alike; a workspace turns one on by saving its settings.
 */
export interface ChannelDefinition {
  /** What the message travels as: EMAIL, SMS, TELEGRAM, or a plugin's own (UPPER_SNAKE). */
  kind: string;
  /** Unique across modules, lower-kebab: `smtp`, `kavenegar`, `sms-ru`, `generic-http`, `telegram-bot`. */
  provider: string;
  label: LocalizedText;
  /** The consent a customer must hold at send time (a consent kind: EMAIL, SMS, TELEGRAM…). */
  consent: string;
  /**
   * SQL over the customer row aliased `c` giving the address to send to (an email, an E.164 phone, a
   * chat id), or null when the customer cannot be reached this way. Never built from user input.
   */
  addressSql: string;
  /** What a workspace fills in to use it; `secret` ones are stored encrypted and never read back. */
  settings: ChannelSettingField[];
  /** Hands one message to the provider. Must not throw for a provider's refusal: say it in the outcome. */
  send(settings: ChannelSettings, message: OutgoingMessage): Promise<SendOutcome>;
  /**
   * Reads a provider's delivery report posted to the channel's webhook (`POST /hooks/channels/:id`);
   * absent when the provider sends none.
   */
  readDeliveryReport?(settings: ChannelSettings, request: WebhookRequest): Promise<DeliveryReport[]>;
  /** Releases what `send` keeps open between messages (pooled connections) when the app closes. */
  close?(): Promise<void>;
}

export interface ChannelSettingField {
  key: string;
  label: LocalizedText;
  required: boolean;
  secret?: boolean;
  /** A line under the field: where the value comes from (a command that makes a key, a console page). */
  help?: LocalizedText;
  /** Shown as a choice when given. */
  choices?: string[];
  /** What the form shows for each choice, when the value itself is not words (`starttls`). */
  choiceLabels?: Readonly<Record<string, LocalizedText>>;
}

export type ChannelSettings = Readonly<Record<string, string>>;

export interface OutgoingMessage {
  /** Patron's id of this message: providers that take an idempotency key or a client id get it. */
  id: string;
  workspaceId: string;
  /** The address the channel's addressSql gave. */
  to: string;
  subject?: string | null;
  /**
   * Who the message is from as customers know them: the workspace's name, filled in by the channels
   * service. A channel that must show a title (a push notification) uses it when there is no subject.
   */
  senderName?: string | null;
  text: string;
  html?: string | null;
  /** Signed link that withdraws this channel's consent; email puts it in List-Unsubscribe too. */
  unsubscribeUrl?: string | null;
  /** Where the provider posts delivery reports for this message, when it supports them. */
  deliveryReportUrl?: string | null;
}

/**
 * `retryable`: the provider may take it later (timeout, 5xx, rate limit); otherwise the message is
 * failed with `reason` (a stable code such as `CHANNEL_ADDRESS_REJECTED`).
 */
export type SendOutcome =
  | { ok: true; providerMessageId?: string | null }
  | { ok: false; retryable: boolean; reason: string; detail?: string };

export interface WebhookRequest {
  headers: Readonly<Record<string, string | string[] | undefined>>;
  query: Readonly<Record<string, unknown>>;
  /** Parsed JSON or form body. */
  body: unknown;
}

export interface DeliveryReport {
  providerMessageId: string;
  state: 'DELIVERED' | 'FAILED';
  reason?: string;
  at?: Date;
}
