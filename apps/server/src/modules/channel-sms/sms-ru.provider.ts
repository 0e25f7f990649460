import type { ProblemCode } from '@patron/problems';
import type { ChannelDefinition, DeliveryReport, SendOutcome, WebhookRequest } from '@patron/sdk';
import {
  baseUrlOf,
  baseUrlSetting,
  callProvider,
  e164Digits,
  failure,
  isRecord,
  parseJson,
  Redactor,
  readJsonPath,
  TIMEOUT_SETTING,
  timeoutSecondsOf,
  unreadableAnswer,
} from '../../common/provider-http.js';
import { checkSms, FORM_HEADERS, SENDER_SETTING, SMS_ADDRESS_SQL } from './sms-common.js';

/**
 * SMS.RU (Russia), HTTP API as documented at https://sms.ru/api/send and https://sms.ru/api/status:
 * `POST {base}/sms/send` with api_id, to, msg, from and json=1; the answer is
 * `{ "status": "OK", "status_code": 100, "sms": { "79251234567": { "status": "OK", "status_code": 100,
 * "sms_id": "000000-10000000" } }, "balance": 10 }`, or `"status": "ERROR"` with a `status_code` and
 * `status_text` for the whole request or for the one number.
 */
const DEFAULT_BASE_URL = 'https://sms.ru';

/** SMS.RU's error codes (for the request or for one number) and what they mean for this message. */
const ERROR_OUTCOMES: Record<number, [ProblemCode, boolean]> = {
  200: ['CHANNEL_PROVIDER_AUTH_FAILED', false], // wrong api_id
  201: ['CHANNEL_PROVIDER_NO_CREDIT', true], // not enough money
  202: ['CHANNEL_ADDRESS_REJECTED', false], // wrong number, or no route to it
  203: ['CHANNEL_MESSAGE_REJECTED', false], // no text
  204: ['CHANNEL_SENDER_REJECTED', false], // sender name not approved for the operator
  205: ['CHANNEL_MESSAGE_REJECTED', false], // longer than 8 SMS
  206: ['CHANNEL_PROVIDER_RATE_LIMITED', true], // daily limit reached
  207: ['CHANNEL_ADDRESS_REJECTED', false], // no route to this number
  209: ['CHANNEL_RECIPIENT_BLOCKED', false], // in the account's stop list
  212: ['CHANNEL_MESSAGE_REJECTED', false], // text not in UTF-8
  214: ['CHANNEL_ADDRESS_REJECTED', false], // foreign number while "Russia only" is on
  215: ['CHANNEL_RECIPIENT_BLOCKED', false], // in SMS.RU's stop list (the customer complained of spam)
  220: ['CHANNEL_PROVIDER_UNAVAILABLE', true], // service temporarily unavailable
  230: ['CHANNEL_PROVIDER_RATE_LIMITED', true], // daily limit for this number
  231: ['CHANNEL_PROVIDER_RATE_LIMITED', true], // same text to this number within a minute
  232: ['CHANNEL_PROVIDER_RATE_LIMITED', true], // same text to this number within a day
  233: ['CHANNEL_PROVIDER_RATE_LIMITED', true], // repeated codes to this number
  300: ['CHANNEL_PROVIDER_AUTH_FAILED', false], // token expired or IP changed
  301: ['CHANNEL_PROVIDER_AUTH_FAILED', false], // wrong api_id or password
  302: ['CHANNEL_PROVIDER_AUTH_FAILED', false], // account not confirmed
  500: ['CHANNEL_PROVIDER_UNAVAILABLE', true], // server error, repeat the request
};

/** Message statuses in status answers and callbacks: 103 delivered; 104–108 and 150 final failures. */
const DELIVERED = 103;
const FAILED_STATUSES = new Set([104, 105, 106, 107, 108, 150]);

export const smsRuSms: ChannelDefinition = {
  kind: 'SMS',
  provider: 'sms-ru',
  label: { en: 'SMS.RU (Russia)', ru: 'SMS.RU', fa: 'SMS.RU (روسیه)' },
  consent: 'SMS',
  addressSql: SMS_ADDRESS_SQL,
  settings: [
    { key: 'apiId', label: { en: 'api_id', ru: 'api_id', fa: 'api_id' }, required: true, secret: true },
    SENDER_SETTING,
    baseUrlSetting(DEFAULT_BASE_URL),
    TIMEOUT_SETTING,
  ],

  async send(settings, message) {
    const refused = checkSms(message);
    if (refused) return refused;
    const apiId = settings.apiId?.trim();
    if (!apiId) return failure('CHANNEL_SETTINGS_INVALID', false, 'The api_id is missing');
    const redactor = new Redactor([apiId]);
    const to = e164Digits(message.to);
    const form = new URLSearchParams({ api_id: apiId, to, msg: message.text, json: '1' });
    if (settings.sender?.trim()) form.set('from', settings.sender.trim());
    const result = await callProvider(
      {
        url: `${baseUrlOf(settings, DEFAULT_BASE_URL)}/sms/send`,
        method: 'POST',
        headers: FORM_HEADERS,
        body: form.toString(),
        timeoutSeconds: timeoutSecondsOf(settings),
      },
      redactor,
    );
    if ('outcome' in result) return result.outcome;
    const json = parseJson(result.answer.text);
    if (!isRecord(json) || (json.status !== 'OK' && json.status !== 'ERROR')) {
      return unreadableAnswer(result.answer, redactor);
    }
    if (json.status === 'ERROR') return errorOutcome(json, redactor);
    const sms = readJsonPath(json, 'sms');
    const mine = isRecord(sms) ? sms[to] : undefined;
    if (!isRecord(mine)) return unreadableAnswer(result.answer, redactor);
    if (mine.status !== 'OK') return errorOutcome(mine, redactor);
    if (typeof mine.sms_id !== 'string' || mine.sms_id === '')
      return unreadableAnswer(result.answer, redactor);
    return { ok: true, providerMessageId: mine.sms_id };
  },

  /**
   * SMS.RU's callback posts `data[]`, each entry lines `sms_status\n<sms_id>\n<status code>` (a
   * fourth line, when present, the Unix time); entries of other kinds are skipped. The handler must
   * answer "100".
   */
  async readDeliveryReport(_settings, request) {
    return callbackEntries(request).flatMap((entry) => {
      const [kind, id, code, time] = entry.split(/\r?\n/).map((line) => line.trim());
      if (kind !== 'sms_status' || !id) return [];
      const status = Number(code);
      const at = time && /^\d+$/.test(time) ? new Date(Number(time) * 1000) : undefined;
      const report: DeliveryReport | null =
        status === DELIVERED
          ? { providerMessageId: id, state: 'DELIVERED' }
          : FAILED_STATUSES.has(status)
            ? { providerMessageId: id, state: 'FAILED', reason: 'CHANNEL_NOT_DELIVERED' }
            : null;
      if (!report) return [];
      return [at ? { ...report, at } : report];
    });
  },
};

function errorOutcome(answer: Record<string, unknown>, redactor: Redactor): SendOutcome {
  const code = Number(answer.status_code);
  const [reason, retryable] = ERROR_OUTCOMES[code] ?? ['CHANNEL_PROVIDER_REFUSED', false];
  const text = typeof answer.status_text === 'string' ? `: ${answer.status_text}` : '';
  return failure(reason, retryable, redactor.snippet(`status_code ${answer.status_code}${text}`));
}

/** The `data` entries however the form was parsed: `data[]`, `data` as a list, or `data[0]`, `data[1]`… */
function callbackEntries(request: WebhookRequest): string[] {
  const body = isRecord(request.body) ? request.body : {};
  const raw = body.data ?? body['data[]'];
  const values = Array.isArray(raw)
    ? raw
    : isRecord(raw)
      ? Object.values(raw)
      : raw === undefined
        ? Object.entries(body)
            .filter(([key]) => /^data\[\d*\]$/.test(key))
            .map(([, value]) => value)
        : [raw];
  return values.filter((v): v is string => typeof v === 'string');
}
