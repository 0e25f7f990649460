import type { LocalizedText } from '@patron/sdk';

/** What a customer can consent to: personal data processing and marketing through each channel. */
export const CONSENT_KINDS = ['PERSONAL_DATA', 'SMS', 'EMAIL', 'PUSH', 'TELEGRAM', 'WHATSAPP'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** The marketing channels a mailing can send through (every kind but personal data). */
export type MarketingChannel = Exclude<ConsentKind, 'PERSONAL_DATA'>;

/** How the consent reached us. */
export const CAPTURE_CHANNELS = [
  'IN_STORE',
  'PAPER_FORM',
  'WEBSITE',
  'APP',
  'PHONE_CALL',
  'SMS',
  'EMAIL',
  'MESSENGER',
  'API',
  'IMPORT',
  'OTHER',
] as const;
export type CaptureChannel = (typeof CAPTURE_CHANNELS)[number];

export const CONSENT_LABELS: Record<ConsentKind, LocalizedText> = {
  PERSONAL_DATA: {
    en: 'Personal data consent',
    ru: 'Согласие на обработку персональных данных',
    fa: 'رضایت به پردازش داده‌های شخصی',
  },
  SMS: { en: 'SMS consent', ru: 'Согласие на SMS', fa: 'رضایت پیامک' },
  EMAIL: { en: 'Email consent', ru: 'Согласие на email', fa: 'رضایت ایمیل' },
  PUSH: { en: 'Push consent', ru: 'Согласие на push', fa: 'رضایت اعلان' },
  TELEGRAM: { en: 'Telegram consent', ru: 'Согласие на Telegram', fa: 'رضایت تلگرام' },
  WHATSAPP: { en: 'WhatsApp consent', ru: 'Согласие на WhatsApp', fa: 'رضایت واتس‌اپ' },
};

/** The key of a kind's customer field, export column and import target, e.g. consentSms. */
export function consentFieldKey(kind: ConsentKind): string {
  return `consent${kind
    .toLowerCase()
    .split('_')
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('')}`;
}

export function isConsentKind(value: unknown): value is ConsentKind {
  return typeof value === 'string' && (CONSENT_KINDS as readonly string[]).includes(value);
}
