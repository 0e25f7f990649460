import type { ProblemCode } from '@patron/problems';
import type { ChannelSettingField, ChannelSettings, SendOutcome } from '@patron/sdk';

/**
 * What every HTTP channel provider (SMS, Telegram) shares: one call with a timeout, the outcomes of
 * transport failures, and details that never carry a secret. `send` must not throw for a provider's
 * problem, so everything that can go wrong on the wire becomes an outcome here.
 */

export const DEFAULT_TIMEOUT_SECONDS = 10;
/** How much of a provider's answer a detail keeps: enough to recognise an error page. */
const SNIPPET = 200;

export interface ProviderRequest {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutSeconds: number;
}

export interface ProviderAnswer {
  status: number;
  text: string;
}

export function failure(reason: ProblemCode, retryable: boolean, detail?: string): SendOutcome {
  return detail === undefined ? { ok: false, retryable, reason } : { ok: false, retryable, reason, detail };
}

/**
 * Hides secrets (an API key in a URL path, a bot token) in anything that leaves as a detail: a
 * provider's error page may echo the URL it was called with, percent-encoded or not.
 */
export class Redactor {
  private readonly secrets: string[];

  constructor(secrets: (string | undefined)[]) {
    const values = secrets.filter((s): s is string => typeof s === 'string' && s.length > 0);
    this.secrets = [...new Set(values.flatMap((s) => [s, encodeURIComponent(s)]))].sort(
      (a, b) => b.length - a.length,
    );
  }

  clean(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }

  /** The first characters of an answer, secrets hidden before cutting (half a secret is a leak too). */
  snippet(text: string): string {
    return [...this.clean(text)].slice(0, SNIPPET).join('');
  }
}

/** The timeout setting every provider has (seconds; a blank or nonsensical value means the default). */
export function timeoutSecondsOf(settings: ChannelSettings): number {
  const value = Number(settings.timeoutSeconds);
  return Number.isFinite(value) && value > 0 && value <= 300 ? value : DEFAULT_TIMEOUT_SECONDS;
}

export const TIMEOUT_SETTING: ChannelSettingField = {
  key: 'timeoutSeconds',
  label: {
    en: `Timeout, seconds (default ${DEFAULT_TIMEOUT_SECONDS})`,
    ru: `Тайм-аут, секунд (по умолчанию ${DEFAULT_TIMEOUT_SECONDS})`,
    fa: `مهلت پاسخ، ثانیه (پیش‌فرض ${DEFAULT_TIMEOUT_SECONDS})`,
  },
  required: false,
};

export function baseUrlSetting(defaultUrl: string): ChannelSettingField {
  return {
    key: 'baseUrl',
    label: {
      en: `API address (default ${defaultUrl})`,
      ru: `Адрес API (по умолчанию ${defaultUrl})`,
      fa: `نشانی API (پیش‌فرض ${defaultUrl})`,
    },
    required: false,
  };
}

/** The provider's base URL without a trailing slash; the real provider unless a workspace overrides it. */
export function baseUrlOf(settings: ChannelSettings, defaultUrl: string): string {
  const value = settings.baseUrl?.trim() || defaultUrl;
  return value.replace(/\/+$/, '');
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Calls the provider once. Timeouts and connection failures come back as retryable outcomes; an
 * answer (any HTTP status) comes back as it is for the provider to read.
 */
export async function callProvider(
  request: ProviderRequest,
  redactor: Redactor,
): Promise<{ answer: ProviderAnswer } | { outcome: SendOutcome }> {
  if (!isHttpUrl(request.url)) {
    return { outcome: failure('CHANNEL_SETTINGS_INVALID', false, 'The API address is not an http(s) URL') };
  }
  const signal = AbortSignal.timeout(request.timeoutSeconds * 1000);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal,
      redirect: 'manual',
    });
    // The body is read under the same signal: a provider that sends headers and then stalls times out too.
    const text = await response.text();
    return { answer: { status: response.status, text } };
  } catch (error) {
    return { outcome: transportFailure(error, request.timeoutSeconds, redactor) };
  }
}

function transportFailure(error: unknown, timeoutSeconds: number, redactor: Redactor): SendOutcome {
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return failure('CHANNEL_PROVIDER_TIMEOUT', true, `No answer within ${timeoutSeconds} s`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const what = [cause?.code, cause?.message ?? (error as Error)?.message].filter(Boolean).join(': ');
  return failure('CHANNEL_PROVIDER_UNREACHABLE', true, redactor.snippet(what || 'connection failed'));
}

/**
 * An answer that is not in the provider's format: a rate limit or a server error by its HTTP status
 * (both retried), anything else (an HTML error page, garbage) unreadable and retried, with its start.
 */
export function unreadableAnswer(answer: ProviderAnswer, redactor: Redactor): SendOutcome {
  const detail = `HTTP ${answer.status}: ${redactor.snippet(answer.text)}`;
  if (answer.status === 429) return failure('CHANNEL_PROVIDER_RATE_LIMITED', true, detail);
  if (answer.status >= 500) return failure('CHANNEL_PROVIDER_UNAVAILABLE', true, detail);
  return failure('CHANNEL_PROVIDER_ANSWER_UNREADABLE', true, detail);
}

/** JSON or undefined: a provider's answer is data, never trusted to parse. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A value inside parsed JSON by a simple path: `entries[0].messageid`, `$.data.id`, `sms.7925.sms_id`.
 * Undefined when any step is missing.
 */
export function readJsonPath(value: unknown, path: string): unknown {
  const steps = path
    .trim()
    .replace(/^\$\.?/, '')
    .match(/[^.[\]]+|\[\d+\]/g);
  let current = value;
  for (const step of steps ?? []) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = step.startsWith('[') ? Number(step.slice(1, -1)) : step;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** An E.164 number ('+989121234567'), as the customer row keeps it. */
export function isE164(value: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(value);
}

/** The international number without '+', as most SMS providers take it ('989121234567'). */
export function e164Digits(value: string): string {
  return value.replace(/^\+/, '');
}
