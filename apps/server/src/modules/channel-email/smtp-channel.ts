import type { ChannelDefinition, ChannelSettings, OutgoingMessage, SendOutcome } from '@patron/sdk';
import nodemailer, { type Transporter } from 'nodemailer';
import { smtpFailure } from './smtp-outcome.js';
import { SMTP_SETTINGS } from './smtp-settings.js';

/** One address, no display name, no spaces: what a customer's email attribute holds. */
const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const SECONDS = 1000;

/** Connections kept open per SMTP server and login: a mailing's messages share a handful of them. */
export const MAX_CONNECTIONS = 10;
/** A pool unused this long is closed and forgotten (a changed account's old pool goes this way). */
const POOL_IDLE_MS = 5 * 60 * SECONDS;

interface Pool {
  smtp: Transporter;
  idle: NodeJS.Timeout;
}

/**
 * Pooled transports by everything that makes a connection (server, security, login): opening an SMTP
 * connection per message costs more than the message. Saving an account's new settings gives it a
 * new pool at once; `closeSmtpPools` ends them all when the app closes.
 */
const pools = new Map<string, Pool>();

function transport(settings: ChannelSettings): Transporter {
  const security = settings.security ?? 'starttls';
  const key = JSON.stringify([
    settings.host,
    settings.port,
    security,
    settings.user ?? '',
    settings.password ?? '',
  ]);
  const known = pools.get(key);
  if (known) {
    known.idle.refresh();
    return known.smtp;
  }
  const smtp = nodemailer.createTransport({
    pool: true,
    maxConnections: MAX_CONNECTIONS,
    host: settings.host,
    port: Number(settings.port),
    secure: security === 'tls',
    requireTLS: security === 'starttls',
    ignoreTLS: security === 'none',
    auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
    connectionTimeout: 15 * SECONDS,
    greetingTimeout: 15 * SECONDS,
    socketTimeout: 60 * SECONDS,
  });
  const idle = setTimeout(() => {
    pools.delete(key);
    smtp.close();
  }, POOL_IDLE_MS);
  idle.unref();
  pools.set(key, { smtp, idle });
  return smtp;
}

/** Closes every pooled connection (the app is closing). */
export async function closeSmtpPools(): Promise<void> {
  for (const { smtp, idle } of pools.values()) {
    clearTimeout(idle);
    smtp.close();
  }
  pools.clear();
}

/** `<message id@sender's domain>`: the same message always gets the same Message-ID. */
function messageId(message: OutgoingMessage, from: string): string {
  const domain = from.split('@')[1] ?? 'patron.local';
  return `<${message.id}@${domain}>`;
}

async function send(settings: ChannelSettings, message: OutgoingMessage): Promise<SendOutcome> {
  const to = message.to.trim();
  if (!ADDRESS.test(to)) return { ok: false, retryable: false, reason: 'CHANNEL_ADDRESS_INVALID' };
  const from = settings.fromAddress ?? '';
  const port = Number(settings.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return { ok: false, retryable: false, reason: 'CHANNEL_PROVIDER_REFUSED', detail: 'port is not 1–65535' };
  const smtp = transport(settings);
  try {
    const info = await smtp.sendMail({
      from: settings.fromName ? { name: settings.fromName, address: from } : from,
      to,
      replyTo: settings.replyTo || undefined,
      subject: message.subject ?? '',
      text: message.text,
      html: message.html ?? undefined,
      messageId: messageId(message, from),
      ...(message.unsubscribeUrl
        ? {
            list: { unsubscribe: { url: message.unsubscribeUrl } },
            headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          }
        : {}),
    });
    if (info.rejected?.length)
      return {
        ok: false,
        retryable: false,
        reason: 'CHANNEL_ADDRESS_REJECTED',
        detail: String(info.response),
      };
    return { ok: true, providerMessageId: info.messageId };
  } catch (error) {
    return smtpFailure(error);
  }
}

/** Email through the workspace's SMTP server; the address is the customer's email attribute. */
export const smtpChannel: ChannelDefinition = {
  kind: 'EMAIL',
  provider: 'smtp',
  label: { en: 'Email (SMTP)', ru: 'Email (SMTP)', fa: 'ایمیل (SMTP)' },
  consent: 'EMAIL',
  addressSql: "nullif(c.email, '')",
  settings: SMTP_SETTINGS,
  send,
  close: closeSmtpPools,
};
