import type { OutgoingMessage } from '@patron/sdk';

type Language = 'en' | 'ru' | 'fa';

const WORDS: Record<Language, { subject: string; text: (link: string, until: string) => string }> = {
  en: {
    subject: 'Set your password for your account',
    text: (link, until) =>
      `Open this link to set the password of your account (it works once, until ${until}):\n\n${link}\n`,
  },
  ru: {
    subject: 'Задайте пароль личного кабинета',
    text: (link, until) =>
      `Откройте ссылку, чтобы задать пароль личного кабинета (она действует один раз, до ${until}):\n\n${link}\n`,
  },
  fa: {
    subject: 'گذرواژهٔ پنل مشتری خود را تعیین کنید',
    text: (link, until) =>
      `برای تعیین گذرواژهٔ پنل مشتری این پیوند را باز کنید (یک بار و تا ${until} اعتبار دارد):\n\n${link}\n`,
  },
};

/** The invitation as an email in the customer's language of messages (English when they have none). */
export function invitationEmail(input: {
  id: string;
  workspaceId: string;
  to: string;
  language: unknown;
  link: string;
  expiresAt: Date;
}): OutgoingMessage {
  const language: Language = input.language === 'ru' || input.language === 'fa' ? input.language : 'en';
  // UTC, said as such: the workspace's time zone is not this module's to read.
  const until = `${input.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const words = WORDS[language];
  return {
    id: input.id,
    workspaceId: input.workspaceId,
    to: input.to,
    subject: words.subject,
    text: words.text(input.link, until),
  };
}
