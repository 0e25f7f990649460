import type { ChannelDefinition, SendOutcome } from '@patron/sdk';
import {
  baseUrlOf,
  baseUrlSetting,
  callProvider,
  failure,
  isRecord,
  parseJson,
  Redactor,
  TIMEOUT_SETTING,
  timeoutSecondsOf,
  unreadableAnswer,
} from '../../common/provider-http.js';

/**
 * Telegram Bot API, as documented at https://core.telegram.org/bots/api#sendmessage and
 * #making-requests: `POST {base}/bot<token>/sendMessage` with JSON `{ chat_id, text }`; the answer is
 * `{ "ok": true, "result": { "message_id": 42, … } }` or `{ "ok": false, "error_code": 403,
 * "description": "Forbidden: bot was blocked by the user", "parameters": { "retry_after": 5 } }`.
 * Plain text only: no parse_mode, so nothing in a customer's data can turn into markup.
 * Telegram sends no delivery reports.
 */
const DEFAULT_BASE_URL = 'https://api.telegram.org';

/** The customer attribute this module contributes: the chat the bot writes to. */
export const TELEGRAM_CHAT_ATTRIBUTE = 'telegramChatId';

export const telegramBot: ChannelDefinition = {
  kind: 'TELEGRAM',
  provider: 'telegram-bot',
  label: { en: 'Telegram bot', ru: 'Бот Telegram', fa: 'ربات تلگرام' },
  consent: 'TELEGRAM',
  // A chat id is an integer (negative for groups) or @channel; blank means unreachable.
  addressSql: `nullif(btrim(c.attributes->>'${TELEGRAM_CHAT_ATTRIBUTE}'), '')`,
  settings: [
    {
      key: 'botToken',
      label: {
        en: 'Bot token (from @BotFather)',
        ru: 'Токен бота (от @BotFather)',
        fa: 'توکن ربات (از ‎@BotFather)',
      },
      required: true,
      secret: true,
    },
    baseUrlSetting(DEFAULT_BASE_URL),
    TIMEOUT_SETTING,
  ],

  async send(settings, message) {
    const token = settings.botToken?.trim();
    // '<bot id>:<secret>', written into the path as Telegram shows it (its colon not percent-encoded).
    if (!token || !/^\d+:[A-Za-z0-9_-]+$/.test(token)) {
      return failure(
        'CHANNEL_SETTINGS_INVALID',
        false,
        'The bot token is missing or not in the form 123456:ABC…',
      );
    }
    if (!/^(-?\d{1,20}|@[A-Za-z0-9_]{5,32})$/.test(message.to.trim())) {
      return failure('CHANNEL_ADDRESS_REJECTED', false, 'Not a Telegram chat id');
    }
    if (message.text.trim() === '') return failure('CHANNEL_MESSAGE_REJECTED', false, 'The text is empty');
    const redactor = new Redactor([token]);
    const result = await callProvider(
      {
        url: `${baseUrlOf(settings, DEFAULT_BASE_URL)}/bot${token}/sendMessage`,
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ chat_id: message.to.trim(), text: message.text }),
        timeoutSeconds: timeoutSecondsOf(settings),
      },
      redactor,
    );
    if ('outcome' in result) return result.outcome;
    const json = parseJson(result.answer.text);
    if (!isRecord(json) || typeof json.ok !== 'boolean') return unreadableAnswer(result.answer, redactor);
    if (json.ok) {
      const id = isRecord(json.result) ? json.result.message_id : undefined;
      if (typeof id !== 'number') return unreadableAnswer(result.answer, redactor);
      return { ok: true, providerMessageId: String(id) };
    }
    return refusal(json, redactor);
  },
};

function refusal(answer: Record<string, unknown>, redactor: Redactor): SendOutcome {
  const code = Number(answer.error_code);
  const description = typeof answer.description === 'string' ? answer.description : '';
  const detail = redactor.snippet(`${code}: ${description}`);
  const lower = description.toLowerCase();
  if (code === 429) {
    const after = isRecord(answer.parameters) ? Number(answer.parameters.retry_after) : Number.NaN;
    const wait = Number.isFinite(after) ? ` (retry after ${after} s)` : '';
    return failure('CHANNEL_PROVIDER_RATE_LIMITED', true, `${detail}${wait}`);
  }
  if (code >= 500) return failure('CHANNEL_PROVIDER_UNAVAILABLE', true, detail);
  // A wrong token answers 401 Unauthorized or 404 Not Found (no such bot).
  if (code === 401 || code === 404) return failure('CHANNEL_PROVIDER_AUTH_FAILED', false, detail);
  // 403: the user blocked the bot, deleted their account, or the bot was removed from the chat.
  if (code === 403) return failure('CHANNEL_RECIPIENT_BLOCKED', false, detail);
  if (
    lower.includes('chat not found') ||
    lower.includes('user not found') ||
    lower.includes('peer_id_invalid')
  ) {
    return failure('CHANNEL_ADDRESS_REJECTED', false, detail);
  }
  if (lower.includes('message is too long') || lower.includes('text must be non-empty')) {
    return failure('CHANNEL_MESSAGE_REJECTED', false, detail);
  }
  return failure('CHANNEL_PROVIDER_REFUSED', false, detail);
}
