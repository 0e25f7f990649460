import type { SendOutcome } from '@patron/sdk';

/** What nodemailer's errors carry besides the message. */
interface SmtpError {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/**
 * An SMTP failure as an outcome: a 4xx answer, a refused or lost connection, a timeout or a DNS
 * failure may work later; a 5xx answer to the recipient means that address will never take it; any
 * other 5xx (a refused login, a rejected message) will not work by trying again.
 */
export function smtpFailure(error: unknown): SendOutcome {
  const e = (error ?? {}) as SmtpError;
  const detail = (e.response ?? e.message ?? String(error)).slice(0, 500);
  const status = e.responseCode;
  if (!status || status < 500)
    return { ok: false, retryable: true, reason: 'CHANNEL_PROVIDER_UNAVAILABLE', detail };
  if (e.command === 'RCPT TO' || e.code === 'EENVELOPE')
    return { ok: false, retryable: false, reason: 'CHANNEL_ADDRESS_REJECTED', detail };
  return { ok: false, retryable: false, reason: 'CHANNEL_PROVIDER_REFUSED', detail };
}
