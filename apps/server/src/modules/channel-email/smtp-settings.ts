import type { ChannelSettingField } from '@patron/sdk';

export const SECURITY = ['none', 'starttls', 'tls'] as const;

/** What a workspace fills in to send email through its SMTP server. */
export const SMTP_SETTINGS: ChannelSettingField[] = [
  { key: 'host', label: { en: 'SMTP server', ru: 'SMTP-сервер', fa: 'سرور SMTP' }, required: true },
  { key: 'port', label: { en: 'Port', ru: 'Порт', fa: 'درگاه' }, required: true },
  {
    key: 'security',
    label: { en: 'Encryption', ru: 'Шифрование', fa: 'رمزگذاری' },
    required: true,
    choices: [...SECURITY],
    choiceLabels: {
      none: { en: 'None', ru: 'Без шифрования', fa: 'بدون رمزگذاری' },
      starttls: { en: 'STARTTLS (port 587)', ru: 'STARTTLS (порт 587)', fa: 'STARTTLS (درگاه ۵۸۷)' },
      tls: { en: 'TLS (port 465)', ru: 'TLS (порт 465)', fa: 'TLS (درگاه ۴۶۵)' },
    },
  },
  { key: 'user', label: { en: 'User name', ru: 'Имя пользователя', fa: 'نام کاربری' }, required: false },
  {
    key: 'password',
    label: { en: 'Password', ru: 'Пароль', fa: 'گذرواژه' },
    required: false,
    secret: true,
  },
  {
    key: 'fromAddress',
    label: { en: 'Sender address', ru: 'Адрес отправителя', fa: 'نشانی فرستنده' },
    required: true,
  },
  {
    key: 'fromName',
    label: { en: 'Sender name', ru: 'Имя отправителя', fa: 'نام فرستنده' },
    required: false,
  },
  {
    key: 'replyTo',
    label: { en: 'Reply-to address', ru: 'Адрес для ответов', fa: 'نشانی پاسخ' },
    required: false,
  },
];
