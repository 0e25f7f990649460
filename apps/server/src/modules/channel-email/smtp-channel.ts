import type { ChannelDefinition, ChannelSettings, OutgoingMessage, SendOutcome } from '@patron/sdk';
import nodemailer from 'nodemailer';
import { smtpFailure } from './smtp-outcome.js';
import { SMTP_SETTINGS } from './smtp-settings.js';

/** One address, no display name, no spaces: what a customer's email attribute holds. */
const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const SECONDS = 1000;

function transport(settings: ChannelSettings) {
  const security = settings.security ?? 'starttls';
  return nodemailer.createTransport({
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
    if (info.rejected.length > 0)
      return {
        ok: false,
        retryable: false,
        reason: 'CHANNEL_ADDRESS_REJECTED',
        detail: String(info.response),
      };
    return { ok: true, providerMessageId: info.messageId };
  } catch (error) {
    return smtpFailure(error);
  } finally {
    smtp.close();
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
};
