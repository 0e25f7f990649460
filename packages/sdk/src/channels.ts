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
   * chat id, all of a customer's push subscriptions as one JSON array), or null when the customer
   * cannot be reached this way. One text per customer and message: a channel that reaches several
   * destinations sends to each in `send`. Never built from user input.
   */
  addressSql: string;
  /** What a workspace fills in to use it; `secret` ones are stored encrypted and never read back. */
  settings: ChannelSettingField[];
  /**
   * Hands one message to the provider. Must not throw for a provider's refusal: say it in the outcome,
   * with the addresses found gone in `rejectedAddresses`.
   */
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
  /**
   * A mailing that tracks clicks: the tracked address of a link the channel adds to the message
   * itself (a push notification's click URL), null to leave it as it is. Links in `text` and `html`
   * come tracked already.
   */
  trackLink?: ((url: string) => Promise<string | null>) | null;
  /**
   * The customers' own pages (`<public URL>/self-service/`), filled in by the channels service: where
   * a notification leads when its account names no click URL.
   */
  customerPagesUrl?: string | null;
}

/**
 * `retryable`: the provider may take it later (timeout, 5xx, rate limit); otherwise the message is
 * failed with `reason` (a stable code such as `CHANNEL_ADDRESS_REJECTED`).
 */
export type SendOutcome =
  | ({ ok: true; providerMessageId?: string | null } & RejectedAddresses)
  | ({ ok: false; retryable: boolean; reason: string; detail?: string } & RejectedAddresses);

/**
 * The addresses the provider found gone for good (an expired push subscription, a deleted chat): the
 * channels service hands each to the `onAddressRejected` listeners, so the module that keeps them
 * forgets them, whether the message reached its other addresses or not. A channel whose address
 * names several destinations (a customer's browsers) lists the dead ones here, each as an address of
 * its own (one destination). Absent: when the message failed with `CHANNEL_ADDRESS_REJECTED`, its
 * whole address is the rejected one; given (even empty): exactly these.
 */
export interface RejectedAddresses {
  rejectedAddresses?: readonly string[];
}

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
