import type { ChannelDefinition, ChannelSettingField, ChannelSettings, DeliveryReport } from '@patron/sdk';
import {
  callProvider,
  e164Digits,
  failure,
  isHttpUrl,
  parseJson,
  Redactor,
  readJsonPath,
  TIMEOUT_SETTING,
  timeoutSecondsOf,
  unreadableAnswer,
} from '../../common/provider-http.js';
import { checkSms, SENDER_SETTING, SMS_ADDRESS_SQL } from './sms-common.js';

/**
 * Any SMS gateway with an HTTP API: where to call, how to name the fields, and how to read its
 * answer (JSON paths such as `data.id` or `entries[0].messageid`) are settings. Without paths, any
 * 2xx answer counts as accepted.
 */
const field = (
  key: string,
  en: string,
  ru: string,
  fa: string,
  extra: Partial<ChannelSettingField> = {},
): ChannelSettingField => ({ key, label: { en, ru, fa }, required: false, ...extra });

const SETTINGS: ChannelSettingField[] = [
  field('url', 'Send URL', 'URL отправки', 'نشانی ارسال', { required: true }),
  field('method', 'HTTP method', 'Метод HTTP', 'روش HTTP', { choices: ['POST', 'GET'] }),
  field('bodyFormat', 'Body format', 'Формат тела запроса', 'قالب بدنه درخواست', {
    choices: ['json', 'form'],
    choiceLabels: {
      json: { en: 'JSON', ru: 'JSON', fa: 'JSON' },
      form: { en: 'Form (urlencoded)', ru: 'Форма (urlencoded)', fa: 'فرم (urlencoded)' },
    },
  }),
  field(
    'recipientField',
    'Recipient field (default to)',
    'Поле получателя (по умолчанию to)',
    'فیلد گیرنده (پیش‌فرض to)',
  ),
  field(
    'recipientFormat',
    'Number format: +E.164 or digits only',
    'Формат номера: +E.164 или только цифры',
    'قالب شماره: ‎+E.164 یا فقط رقم',
    {
      choices: ['e164', 'digits'],
      choiceLabels: {
        e164: { en: '+E.164', ru: '+E.164', fa: '‎+E.164' },
        digits: { en: 'Digits only', ru: 'Только цифры', fa: 'فقط رقم' },
      },
    },
  ),
  field(
    'textField',
    'Text field (default text)',
    'Поле текста (по умолчанию text)',
    'فیلد متن (پیش‌فرض text)',
  ),
  field('senderField', 'Sender field', 'Поле отправителя', 'فیلد فرستنده'),
  SENDER_SETTING,
  field(
    'clientIdField',
    "Field for Patron's message id (idempotency)",
    'Поле для id сообщения Patron (идемпотентность)',
    'فیلد شناسه پیام Patron (جلوگیری از ارسال تکراری)',
  ),
  field(
    'authHeaderName',
    'Auth header (default Authorization)',
    'Заголовок авторизации (по умолчанию Authorization)',
    'سرآیند احراز هویت (پیش‌فرض Authorization)',
  ),
  field(
    'authHeaderValue',
    'Auth header value, e.g. Bearer …',
    'Значение заголовка, например Bearer …',
    'مقدار سرآیند، مثلاً Bearer …',
    {
      secret: true,
    },
  ),
  field(
    'messageIdPath',
    'JSON path of the message id in the answer',
    'JSON-путь к id сообщения в ответе',
    'مسیر JSON شناسه پیام در پاسخ',
  ),
  field(
    'successPath',
    'JSON path of the success flag',
    'JSON-путь к признаку успеха',
    'مسیر JSON نشانه موفقیت',
  ),
  field(
    'successValue',
    'Success value (blank: any true value)',
    'Значение успеха (пусто: любое истинное)',
    'مقدار موفقیت (خالی: هر مقدار درست)',
  ),
  field(
    'reportIdPath',
    'Delivery report: JSON path of the message id',
    'Отчёт о доставке: JSON-путь к id',
    'گزارش تحویل: مسیر JSON شناسه',
  ),
  field(
    'reportStatusPath',
    'Delivery report: JSON path of the status',
    'Отчёт о доставке: JSON-путь к статусу',
    'گزارش تحویل: مسیر JSON وضعیت',
  ),
  field(
    'reportDelivered',
    'Delivered statuses, comma-separated',
    'Статусы «доставлено», через запятую',
    'وضعیت‌های «تحویل شد»، جدا با ویرگول',
  ),
  field(
    'reportFailed',
    'Failed statuses, comma-separated',
    'Статусы «не доставлено», через запятую',
    'وضعیت‌های «تحویل نشد»، جدا با ویرگول',
  ),
  TIMEOUT_SETTING,
];

const get = (settings: ChannelSettings, key: string, fallback = '') => settings[key]?.trim() || fallback;

export const genericHttpSms: ChannelDefinition = {
  kind: 'SMS',
  provider: 'generic-http',
  label: {
    en: 'SMS over HTTP (any gateway)',
    ru: 'SMS через HTTP (любой шлюз)',
    fa: 'پیامک از راه HTTP (هر درگاه)',
  },
  consent: 'SMS',
  addressSql: SMS_ADDRESS_SQL,
  settings: SETTINGS,

  async send(settings, message) {
    const refused = checkSms(message);
    if (refused) return refused;
    const url = get(settings, 'url');
    if (!isHttpUrl(url))
      return failure('CHANNEL_SETTINGS_INVALID', false, 'The send URL is not an http(s) URL');
    const redactor = new Redactor([settings.authHeaderValue]);
    const authHeader = get(settings, 'authHeaderName', 'Authorization');
    // Checked here: fetch's own complaint about a bad header would quote the (secret) value.
    if (
      !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(authHeader) ||
      /[\r\n\0]/.test(settings.authHeaderValue ?? '')
    ) {
      return failure(
        'CHANNEL_SETTINGS_INVALID',
        false,
        'The auth header name or value is not a valid HTTP header',
      );
    }

    const fields: Record<string, string> = {
      [get(settings, 'recipientField', 'to')]:
        get(settings, 'recipientFormat') === 'digits' ? e164Digits(message.to) : message.to,
      [get(settings, 'textField', 'text')]: message.text,
    };
    if (get(settings, 'senderField') && get(settings, 'sender'))
      fields[get(settings, 'senderField')] = get(settings, 'sender');
    if (get(settings, 'clientIdField')) fields[get(settings, 'clientIdField')] = message.id;

    const method = get(settings, 'method') === 'GET' ? 'GET' : 'POST';
    const json = get(settings, 'bodyFormat', 'json') !== 'form';
    const headers: Record<string, string> = {};
    if (settings.authHeaderValue) headers[authHeader] = settings.authHeaderValue;
    let target = url;
    let body: string | undefined;
    if (method === 'GET') {
      const withQuery = new URL(url);
      for (const [key, value] of Object.entries(fields)) withQuery.searchParams.set(key, value);
      target = withQuery.toString();
    } else if (json) {
      headers['content-type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(fields);
    } else {
      headers['content-type'] = 'application/x-www-form-urlencoded; charset=utf-8';
      body = new URLSearchParams(fields).toString();
    }

    const result = await callProvider(
      { url: target, method, headers, body, timeoutSeconds: timeoutSecondsOf(settings) },
      redactor,
    );
    if ('outcome' in result) return result.outcome;
    const { answer } = result;
    const detail = () => `HTTP ${answer.status}: ${redactor.snippet(answer.text)}`;
    if (answer.status === 401 || answer.status === 403)
      return failure('CHANNEL_PROVIDER_AUTH_FAILED', false, detail());
    if (answer.status >= 400 && answer.status < 500 && answer.status !== 429) {
      return failure('CHANNEL_PROVIDER_REFUSED', false, detail());
    }
    if (answer.status < 200 || answer.status >= 300) return unreadableAnswer(answer, redactor);

    const idPath = get(settings, 'messageIdPath');
    const successPath = get(settings, 'successPath');
    if (!idPath && !successPath) return { ok: true, providerMessageId: null };
    const parsed = parseJson(answer.text);
    if (parsed === undefined) return unreadableAnswer(answer, redactor);
    if (successPath) {
      const flag = readJsonPath(parsed, successPath);
      if (flag === undefined) return unreadableAnswer(answer, redactor);
      const wanted = get(settings, 'successValue');
      const succeeded = wanted ? String(flag) === wanted : Boolean(flag) && flag !== 'false';
      if (!succeeded) return failure('CHANNEL_PROVIDER_REFUSED', false, detail());
    }
    if (!idPath) return { ok: true, providerMessageId: null };
    const id = readJsonPath(parsed, idPath);
    if (typeof id !== 'string' && typeof id !== 'number') return unreadableAnswer(answer, redactor);
    return { ok: true, providerMessageId: String(id) };
  },

  /**
   * A JSON (or form) report, one object or a list of them, read by the report paths; a status in
   * neither list is not final and makes no report.
   */
  async readDeliveryReport(settings, request) {
    const idPath = get(settings, 'reportIdPath');
    const statusPath = get(settings, 'reportStatusPath');
    if (!idPath || !statusPath) return [];
    const list = (key: string) =>
      get(settings, key)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const delivered = new Set(list('reportDelivered'));
    const failed = new Set(list('reportFailed'));
    const items = Array.isArray(request.body) ? request.body : [request.body];
    return items.flatMap((item): DeliveryReport[] => {
      const id = readJsonPath(item, idPath);
      const status = String(readJsonPath(item, statusPath) ?? '');
      if ((typeof id !== 'string' && typeof id !== 'number') || String(id) === '') return [];
      if (delivered.has(status)) return [{ providerMessageId: String(id), state: 'DELIVERED' }];
      if (failed.has(status))
        return [{ providerMessageId: String(id), state: 'FAILED', reason: 'CHANNEL_NOT_DELIVERED' }];
      return [];
    });
  },
};
