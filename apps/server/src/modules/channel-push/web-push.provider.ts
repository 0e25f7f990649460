import type { ChannelDefinition, ChannelSettings, OutgoingMessage, SendOutcome } from '@patron/sdk';
import webpush from 'web-push';
import {
  failure,
  isRecord,
  parseJson,
  Redactor,
  TIMEOUT_SETTING,
  timeoutSecondsOf,
} from '../../common/provider-http.js';
import { combinedOutcome, outcomeOfAnswer, outcomeOfError } from './push-outcome.js';

/**
 * Web Push (RFC 8030 delivery, RFC 8291 aes128gcm encryption, RFC 8292 VAPID) through the `web-push`
 * library: the message goes to the push service of every browser the customer subscribed in, encrypted
 * to each browser's keys and signed with the workspace's VAPID key pair. No account at any vendor is
 * needed: the key pair is the account (`pnpm patron channels:vapid-keys` makes one).
 */
export const PUSH_KIND = 'PUSH';
export const VAPID_PUBLIC_KEY = 'vapidPublicKey';
const DEFAULT_TTL_SECONDS = 4 * 7 * 24 * 3600;
/**
 * A push message carries at most 4096 bytes, of which aes128gcm's header, padding delimiter and tag
 * take 103 (RFC 8291 §4): a longer text is refused here rather than by the service.
 */
const PAYLOAD_MAX_BYTES = 3993;
/** How many of a customer's browsers a message goes to (the newest); see `addressSql`. */
export const BROWSERS_MAX = 10;
const KEYS_HELP = {
  en: 'Make a pair with: pnpm patron channels:vapid-keys',
  ru: 'Пару ключей создаёт команда: pnpm patron channels:vapid-keys',
  fa: 'یک جفت کلید با این فرمان بسازید: pnpm patron channels:vapid-keys',
};

export const webPushChannel: ChannelDefinition = {
  kind: PUSH_KIND,
  provider: 'web-push',
  label: { en: 'Web Push (browsers)', ru: 'Web Push (браузеры)', fa: 'اعلان وب (مرورگرها)' },
  consent: 'PUSH',
  // Every browser the customer turned notifications on in, newest first, as a JSON array of the
  // `PushSubscription`s web-push takes. At most BROWSERS_MAX: a message waits for all of them (a
  // mailing's lease, an automation's step), and a customer with more has left old browsers behind
  // that their push services will say are gone.
  addressSql: `(select json_agg(json_build_object('endpoint', s.endpoint, 'keys', json_build_object('p256dh', s.p256dh, 'auth', s.auth))
                        order by s.created_at desc, s.endpoint)::text
     from (select endpoint, p256dh, auth, created_at from push_subscription
            where workspace_id = c.workspace_id and customer_id = c.id
            order by created_at desc, endpoint limit ${BROWSERS_MAX}) s)`,
  settings: [
    {
      key: VAPID_PUBLIC_KEY,
      label: { en: 'VAPID public key', ru: 'Открытый ключ VAPID', fa: 'کلید عمومی VAPID' },
      help: KEYS_HELP,
      required: true,
    },
    {
      key: 'vapidPrivateKey',
      label: { en: 'VAPID private key', ru: 'Закрытый ключ VAPID', fa: 'کلید خصوصی VAPID' },
      help: KEYS_HELP,
      required: true,
      secret: true,
    },
    {
      key: 'subject',
      label: {
        en: 'Contact (mailto: or https: address)',
        ru: 'Контакт (адрес mailto: или https:)',
        fa: 'نشانی تماس (mailto: یا https:)',
      },
      help: {
        en: 'e.g. mailto:admin@club.example: push services write here if your messages cause trouble',
        ru: 'Например, mailto:admin@club.example: сюда напишут push-сервисы, если с рассылкой что-то не так',
        fa: 'مثلاً mailto:admin@club.example: اگر پیام‌ها مشکلی بسازند، سرویس‌های اعلان به این نشانی می‌نویسند',
      },
      required: true,
    },
    {
      key: 'ttlSeconds',
      label: {
        en: 'Kept for offline devices, seconds',
        ru: 'Хранить для устройств не в сети, секунд',
        fa: 'نگه‌داری برای دستگاه خاموش، ثانیه',
      },
      help: {
        en: 'How long a push service holds a message for a device that is off (default 4 weeks)',
        ru: 'Сколько push-сервис хранит сообщение для выключенного устройства (по умолчанию 4 недели)',
        fa: 'مدتی که سرویس اعلان پیام را برای دستگاه خاموش نگه می‌دارد (پیش‌فرض ۴ هفته)',
      },
      required: false,
    },
    {
      key: 'clickUrl',
      label: { en: 'Link opened on click', ru: 'Ссылка по нажатию', fa: 'پیوند هنگام زدن روی اعلان' },
      help: {
        en: 'Opened when a notification is clicked (default: the customer’s account page)',
        ru: 'Открывается по нажатию на уведомление (по умолчанию — личный кабинет)',
        fa: 'با زدن روی اعلان باز می‌شود (پیش‌فرض: صفحهٔ حساب مشتری)',
      },
      required: false,
    },
    TIMEOUT_SETTING,
  ],

  async send(settings, message) {
    const subscriptions = subscriptionsOf(message.to);
    if (!subscriptions) return failure('CHANNEL_ADDRESS_REJECTED', false, 'Not a push subscription');
    if (message.text.trim() === '') return failure('CHANNEL_MESSAGE_REJECTED', false, 'The text is empty');
    const payload = JSON.stringify(await payloadOf(settings, message));
    if (Buffer.byteLength(payload) > PAYLOAD_MAX_BYTES)
      return failure('CHANNEL_MESSAGE_REJECTED', false, `Longer than ${PAYLOAD_MAX_BYTES} bytes`);
    const privateKey = settings.vapidPrivateKey?.trim() ?? '';
    const redactor = new Redactor([privateKey]);
    const timeoutSeconds = timeoutSecondsOf(settings);
    let options: webpush.RequestOptions;
    try {
      const vapidDetails = {
        subject: settings.subject?.trim() ?? '',
        publicKey: settings[VAPID_PUBLIC_KEY]?.trim() ?? '',
        privateKey,
      };
      // The keys and subject checked once, before anything leaves: a typo is the settings', not the
      // service's (the audience does not matter to the check).
      webpush.getVapidHeaders(
        new URL((subscriptions[0] as webpush.PushSubscription).endpoint).origin,
        vapidDetails.subject,
        vapidDetails.publicKey,
        privateKey,
        'aes128gcm',
      );
      options = { vapidDetails, TTL: ttlOf(settings), timeout: timeoutSeconds * 1000 };
    } catch (error) {
      return failure('CHANNEL_SETTINGS_INVALID', false, redactor.snippet(String((error as Error).message)));
    }
    // All browsers at once (at most BROWSERS_MAX), each with the timeout: the message takes no longer
    // than it did for one browser.
    const outcomes = await Promise.all(
      subscriptions.map(async (subscription) => ({
        address: addressOf(subscription),
        service: new URL(subscription.endpoint).origin,
        outcome: await sendTo(subscription, payload, options, timeoutSeconds, redactor),
      })),
    );
    return combinedOutcome(outcomes);
  },
};

/** One browser: its push service's answer, or why there was none. */
async function sendTo(
  subscription: webpush.PushSubscription,
  payload: string,
  options: webpush.RequestOptions,
  timeoutSeconds: number,
  redactor: Redactor,
): Promise<SendOutcome> {
  try {
    const answer = await webpush.sendNotification(subscription, payload, options);
    if (answer.statusCode >= 200 && answer.statusCode < 300)
      // The service names the message it keeps in Location (RFC 8030 §5); its last part is the id.
      return { ok: true, providerMessageId: messageIdOf(answer.headers.location) };
    return outcomeOfAnswer(answer.statusCode, answer.body, redactor);
  } catch (error) {
    return outcomeOfError(error, timeoutSeconds, redactor);
  }
}

/** The JSON the service worker reads: the title (the subject, else who it is from), the text, a link. */
async function payloadOf(settings: ChannelSettings, message: OutgoingMessage) {
  const title = message.subject?.trim() || message.senderName?.trim() || '';
  const url = await clickUrlOf(settings, message);
  return { title, body: message.text, ...(url ? { url } : {}) };
}

/**
 * The account's click URL, else none (the worker opens its scope, the customer's pages). A mailing
 * that tracks clicks gets it as a tracked link, the customers' pages named when the account names
 * nothing: the click is the notification's only link, so it is the one counted.
 */
async function clickUrlOf(settings: ChannelSettings, message: OutgoingMessage): Promise<string | null> {
  const url = settings.clickUrl?.trim() || null;
  const target = url ?? message.customerPagesUrl ?? null;
  if (!message.trackLink || !target) return url;
  return (await message.trackLink(target).catch(() => null)) ?? url;
}

/**
 * The browsers an address names: the JSON array `addressSql` gives, or one subscription (a message
 * queued before addresses were arrays, a test send to one browser). Null when anything in it is not
 * a subscription at an https endpoint.
 */
function subscriptionsOf(address: string): webpush.PushSubscription[] | null {
  const json = parseJson(address);
  const items = Array.isArray(json) ? json : [json];
  const subscriptions = items.slice(0, BROWSERS_MAX).map(subscriptionFrom);
  if (subscriptions.length === 0 || subscriptions.some((s) => s === null)) return null;
  return subscriptions as webpush.PushSubscription[];
}

function subscriptionFrom(json: unknown): webpush.PushSubscription | null {
  if (!isRecord(json) || typeof json.endpoint !== 'string' || !isRecord(json.keys)) return null;
  const { p256dh, auth } = json.keys;
  if (typeof p256dh !== 'string' || typeof auth !== 'string') return null;
  if (!json.endpoint.startsWith('https://')) return null;
  return { endpoint: json.endpoint, keys: { p256dh, auth } };
}

/** One browser's address, as a dead one is named to the channels service. */
function addressOf(subscription: webpush.PushSubscription): string {
  return JSON.stringify({ endpoint: subscription.endpoint, keys: subscription.keys });
}

function ttlOf(settings: ChannelSettings): number {
  const value = Number(settings.ttlSeconds);
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_TTL_SECONDS;
}

function messageIdOf(location: string | string[] | undefined): string | null {
  const value = Array.isArray(location) ? location[0] : location;
  return value ? (value.split('/').filter(Boolean).pop() ?? value) : null;
}

/** The endpoint of one browser's address (as `rejectedAddresses` names it), to forget it when it is gone. */
export function endpointOf(address: string): string | null {
  return subscriptionFrom(parseJson(address))?.endpoint ?? null;
}
