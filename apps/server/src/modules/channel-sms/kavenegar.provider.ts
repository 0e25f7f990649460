import type { ProblemCode } from '@patron/problems';
import type { ChannelDefinition, DeliveryReport, SendOutcome } from '@patron/sdk';
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
 * Kavenegar (Iran), REST API as documented at https://kavenegar.com/rest.html and used by the
 * official SDKs (kavenegar-node, kavenegar-go): `POST {base}/v1/{API-KEY}/sms/send.json` with the
 * form fields receptor, sender, message; the answer is
 * `{ "return": { "status": 200, "message": "…" }, "entries": [{ "messageid": 8792343, "status": 1, … }] }`,
 * and `return.status` other than 200 is the error (the HTTP status mirrors it).
 */
const DEFAULT_BASE_URL = 'https://api.kavenegar.com';

/** `return.status` codes of the REST API and what they mean for this message. */
const STATUS_OUTCOMES: Record<number, [ProblemCode, boolean]> = {
  400: ['CHANNEL_PROVIDER_REFUSED', false], // parameters incomplete
  401: ['CHANNEL_PROVIDER_AUTH_FAILED', false], // account disabled
  402: ['CHANNEL_PROVIDER_UNAVAILABLE', true], // operation failed
  403: ['CHANNEL_PROVIDER_AUTH_FAILED', false], // API key not valid
  404: ['CHANNEL_PROVIDER_REFUSED', false], // no such method
  405: ['CHANNEL_PROVIDER_REFUSED', false], // wrong GET/POST
  406: ['CHANNEL_PROVIDER_REFUSED', false], // required parameters empty
  407: ['CHANNEL_PROVIDER_AUTH_FAILED', false], // no access to this information
  409: ['CHANNEL_PROVIDER_UNAVAILABLE', true], // server cannot answer, try later
  411: ['CHANNEL_ADDRESS_REJECTED', false], // receptor not valid
  412: ['CHANNEL_SENDER_REJECTED', false], // sender not valid
  413: ['CHANNEL_MESSAGE_REJECTED', false], // message empty or too long
  414: ['CHANNEL_PROVIDER_REFUSED', false], // too many receptors
  416: ['CHANNEL_PROVIDER_AUTH_FAILED', false], // calling IP not allowed in the account
  417: ['CHANNEL_PROVIDER_REFUSED', false], // date not valid
  418: ['CHANNEL_PROVIDER_NO_CREDIT', true], // credit too low
  420: ['CHANNEL_MESSAGE_REJECTED', false], // links not allowed in the text
  422: ['CHANNEL_MESSAGE_REJECTED', false], // characters not accepted
  451: ['CHANNEL_PROVIDER_RATE_LIMITED', true], // too many calls
  501: ['CHANNEL_ADDRESS_REJECTED', false], // trial account: only the owner's number
};

/** Message statuses (in send entries and delivery reports): 10 delivered, the rest final failures. */
const DELIVERED = 10;
const FAILED_STATUSES: Record<number, ProblemCode> = {
  6: 'CHANNEL_NOT_DELIVERED', // failed
  11: 'CHANNEL_NOT_DELIVERED', // not delivered
  13: 'CHANNEL_NOT_DELIVERED', // cancelled
  14: 'CHANNEL_RECIPIENT_BLOCKED', // the receptor blocked messages from this sender
  100: 'CHANNEL_NOT_DELIVERED', // unknown message id
};

export const kavenegarSms: ChannelDefinition = {
  kind: 'SMS',
  provider: 'kavenegar',
  label: { en: 'Kavenegar (Iran)', ru: 'Kavenegar (Иран)', fa: 'کاوه‌نگار' },
  consent: 'SMS',
  addressSql: SMS_ADDRESS_SQL,
  settings: [
    { key: 'apiKey', label: { en: 'API key', ru: 'Ключ API', fa: 'کلید API' }, required: true, secret: true },
    SENDER_SETTING,
    baseUrlSetting(DEFAULT_BASE_URL),
    TIMEOUT_SETTING,
  ],

  async send(settings, message) {
    const refused = checkSms(message);
    if (refused) return refused;
    const apiKey = settings.apiKey?.trim();
    if (!apiKey) return failure('CHANNEL_SETTINGS_INVALID', false, 'The API key is missing');
    const redactor = new Redactor([apiKey]);
    const form = new URLSearchParams({ receptor: e164Digits(message.to), message: message.text });
    if (settings.sender?.trim()) form.set('sender', settings.sender.trim());
    const result = await callProvider(
      {
        url: `${baseUrlOf(settings, DEFAULT_BASE_URL)}/v1/${encodeURIComponent(apiKey)}/sms/send.json`,
        method: 'POST',
        headers: FORM_HEADERS,
        body: form.toString(),
        timeoutSeconds: timeoutSecondsOf(settings),
      },
      redactor,
    );
    if ('outcome' in result) return result.outcome;
    const json = parseJson(result.answer.text);
    const status = readJsonPath(json, 'return.status');
    if (typeof status !== 'number') return unreadableAnswer(result.answer, redactor);
    const said = readJsonPath(json, 'return.message');
    const detail = redactor.snippet(`status ${status}${typeof said === 'string' ? `: ${said}` : ''}`);
    if (status !== 200) {
      const [reason, retryable] = STATUS_OUTCOMES[status] ?? ['CHANNEL_PROVIDER_REFUSED', false];
      return failure(reason, retryable, detail);
    }
    return readEntry(readJsonPath(json, 'entries[0]'), result.answer, redactor);
  },

  /**
   * Kavenegar calls the delivery address set in the account's panel with `messageid` and `status`
   * (form fields, or query parameters on a GET); only final statuses make a report.
   */
  async readDeliveryReport(_settings, request) {
    const fields = isRecord(request.body) ? request.body : {};
    const id = String(fields.messageid ?? request.query.messageid ?? '').trim();
    const status = Number(fields.status ?? request.query.status);
    if (!id || !Number.isInteger(status)) return [];
    const report = reportOf(id, status);
    return report ? [report] : [];
  },
};

function readEntry(
  entry: unknown,
  answer: { status: number; text: string },
  redactor: Redactor,
): SendOutcome {
  const id = readJsonPath(entry, 'messageid');
  if (typeof id !== 'number' && typeof id !== 'string') return unreadableAnswer(answer, redactor);
  const status = Number(readJsonPath(entry, 'status'));
  const failed = FAILED_STATUSES[status];
  if (failed) {
    const text = readJsonPath(entry, 'statustext');
    return failure(
      failed,
      false,
      redactor.snippet(`status ${status}${typeof text === 'string' ? `: ${text}` : ''}`),
    );
  }
  return { ok: true, providerMessageId: String(id) };
}

function reportOf(providerMessageId: string, status: number): DeliveryReport | null {
  if (status === DELIVERED) return { providerMessageId, state: 'DELIVERED' };
  const reason = FAILED_STATUSES[status];
  return reason ? { providerMessageId, state: 'FAILED', reason } : null;
}
